// Tokenizes .goals text with the extension's TextMate grammar, the way VS
// Code does (vscode-textmate + vscode-oniguruma). Used by the unit tests and,
// from the command line, to see how a file is scoped:
//
//   node scripts/tokenize.mjs FILE.goals
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const here = dirname(fileURLToPath(import.meta.url));
const grammarPath = join(here, '..', 'syntaxes', 'goals.tmLanguage.json');

let grammarPromise;

export function loadGrammar() {
  if (!grammarPromise) {
    grammarPromise = (async () => {
      const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
      await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
      const registry = new vsctm.Registry({
        onigLib: Promise.resolve({
          createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
          createOnigString: (s) => new oniguruma.OnigString(s),
        }),
        loadGrammar: async (scopeName) =>
          scopeName === 'source.goals'
            ? vsctm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath)
            : null,
      });
      return registry.loadGrammar('source.goals');
    })();
  }
  return grammarPromise;
}

/** Tokens of each line: `[{ text, scopes }]`. */
export async function tokenize(source) {
  const grammar = await loadGrammar();
  let stack = vsctm.INITIAL;
  return source.split(/\r?\n/).map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes.slice(1) }));
  });
}

/** The scopes of the first token whose text is exactly `text` on a line. */
export function scopesOf(lineTokens, text) {
  const t = lineTokens.find((tok) => tok.text === text);
  return t ? t.scopes : undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lines = await tokenize(readFileSync(process.argv[2], 'utf8'));
  for (const tokens of lines) {
    console.log(tokens.map((t) => `[${t.text}](${t.scopes.filter((s) => !s.startsWith('meta.')).join(' ')})`).join(' '));
  }
}
