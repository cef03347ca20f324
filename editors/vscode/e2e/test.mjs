// End-to-end test of the goalie extension in real VS Code: code-server with
// the .vsix installed, driven in Debian's headless Chromium by
// playwright-core. Started by e2e/run.sh, which installs the tools and sets:
//
//   E2E_TOOLS     folder holding node_modules/{code-server,playwright-core}
//   VSIX          the extension to install (built with a bundled server)
//   GOALIE_BIN    the goalie binary bundled in VSIX (used here to know
//                 whether it has `goalie lsp`)
//   ARTIFACTS     where screenshots go (target/artifacts/vscode)
//   CHROMIUM      the browser (default /usr/bin/chromium)
//   GOALIE_E2E_REQUIRE_LSP=1  fail, instead of skipping, when the binary has
//                 no `lsp` command
//
// Phase 1, no server: `goalie.server.path` names a missing file. The
// extension activates on the .goals file, the language mode says "Goals",
// the grammar colours keywords, and the error message offers the install
// instructions.
// Phase 2, with the bundled server: the setting is removed, the extension
// restarts the client with server/goalie from the .vsix, and the test checks
// a diagnostic squiggle, the hover of a key result (its progress numbers),
// an inlay hint and a completion item.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const env = (name, fallback) => {
  const v = process.env[name] ?? fallback;
  if (v === undefined) fail(`environment variable ${name} is not set (run e2e/run.sh)`);
  return v;
};
const TOOLS = env('E2E_TOOLS');
const VSIX = env('VSIX');
const GOALIE_BIN = env('GOALIE_BIN');
const ARTIFACTS = env('ARTIFACTS', join(repo, 'target', 'artifacts', 'vscode'));
const CHROMIUM = env('CHROMIUM', '/usr/bin/chromium');
const REQUIRE_LSP = process.env.GOALIE_E2E_REQUIRE_LSP === '1';
const TOTAL_MS = Number(process.env.E2E_TIMEOUT_MS ?? 8 * 60 * 1000);
const TODAY = '2026-11-24';

const require = createRequire(join(TOOLS, 'package.json'));
const { chromium } = require('playwright-core');
const codeServerBin = join(TOOLS, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

const started = Date.now();
const results = [];
let page;
let browser;
let server;
let tmp;

function log(text) {
  console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${text}`);
}

function fail(text) {
  console.error(`e2e: FAILED: ${text}`);
  process.exitCode = 1;
  const e = new Error(text);
  e.reported = true;
  throw e;
}

const watchdog = setTimeout(() => {
  console.error(`e2e: FAILED: the whole test took more than ${TOTAL_MS / 1000}s`);
  cleanup().finally(() => process.exit(1));
}, TOTAL_MS);

async function cleanup() {
  try {
    await browser?.close();
  } catch {}
  if (server && server.exitCode === null) server.kill('SIGTERM');
}

async function shot(name) {
  if (!page) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file }).catch(() => {});
  log(`screenshot ${file}`);
}

/** A screenshot of the editor area only (small enough for the README). */
async function shotEditor(name) {
  const box = await page.locator('.part.editor').boundingBox().catch(() => null);
  if (!box) return shot(name);
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, clip: { x: box.x, y: box.y, width: Math.min(box.width, 760), height: Math.min(box.height, 460) } });
  log(`screenshot ${file}`);
}

/** Runs one named check; on failure takes a screenshot and says what failed. */
async function check(name, fn) {
  log(`CHECK ${name}`);
  try {
    await fn();
    results.push([name, 'ok']);
    log(`  ok: ${name}`);
  } catch (e) {
    results.push([name, 'FAILED']);
    await shot(`failed-${name.replace(/\W+/g, '-')}`);
    console.error(`The extension's output channel:\n${goalieOutputLog()}`);
    fail(`${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function skip(name, why) {
  results.push([name, `skipped: ${why}`]);
  log(`SKIP ${name}: ${why}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitFor(what, fn, timeout = 30000, every = 250) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, every));
  }
  throw new Error(`timed out after ${timeout / 1000}s waiting for ${what}${last instanceof Error ? ` (${last.message})` : ''}`);
}

// ---- Workbench helpers ------------------------------------------------------

/** Opens a workspace file with Quick Open (Ctrl+P). */
async function openFile(relPath, line) {
  log(`open ${relPath}`);
  const name = relPath.split('/').pop();
  // A webview (a preview) keeps the keyboard: click an editor tab first.
  const tab = page.locator('.tabs-container .tab', { hasText: name }).first();
  if (await tab.count()) await tab.click();
  else if (await page.locator('.tabs-container .tab').count()) await page.locator('.tabs-container .tab').first().click();
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15000 });
  await input.fill(line ? `${relPath}:${line}` : relPath);
  // Wait until the list shows the file, so Enter picks it.
  await waitFor(`${relPath} in Quick Open`, async () =>
    (await page.locator('.quick-input-list .monaco-list-row').first().textContent({ timeout: 1000 }).catch(() => ''))?.includes(name));
  await page.keyboard.press('Enter');
  await waitFor(`an editor tab for ${name}`, async () =>
    (await page.locator('.tab.active').first().textContent({ timeout: 1000 }).catch(() => ''))?.includes(name));
  await waitFor('the editor text', async () => (await page.locator('.monaco-editor .view-lines .view-line').count()) > 0);
  log(`opened ${relPath}`);
}

/** Runs a command from the Command Palette by its title. */
async function runCommand(title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15000 });
  await input.fill(`>${title}`);
  await waitFor(`"${title}" in the Command Palette`, async () =>
    (await page.locator('.quick-input-list .monaco-list-row').first().textContent({ timeout: 1000 }).catch(() => ''))?.includes(title));
  await page.keyboard.press('Enter');
}

/** Text of the rendered editor lines (no-break spaces made plain). */
async function renderedLines() {
  return page.$$eval('.monaco-editor .view-lines .view-line', (els) =>
    els.map((el) => ({ top: parseFloat(el.style.top) || 0, text: (el.textContent ?? '').replace(/\u00a0/g, ' ') })));
}

/**
 * The screen position of the `nth` character of `sub` on the rendered line
 * containing `lineText`, or null.
 */
async function positionOf(lineText, sub, nth = 0) {
  return page.evaluate(
    ([lineText, sub, nth]) => {
      const norm = (s) => s.replace(/\u00a0/g, ' ');
      for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
        if (!norm(line.textContent ?? '').includes(lineText)) continue;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const nodes = [];
        let full = '';
        while (walker.nextNode()) {
          nodes.push([walker.currentNode, full.length]);
          full += norm(walker.currentNode.data);
        }
        const at = full.indexOf(sub);
        if (at < 0) return null;
        const want = at + nth;
        for (const [n, off] of nodes) {
          if (want >= off && want < off + n.data.length) {
            const r = document.createRange();
            r.setStart(n, want - off);
            r.setEnd(n, want - off + 1);
            const b = r.getBoundingClientRect();
            return { x: b.x + b.width / 2, y: b.y + b.height / 2, top: b.top, bottom: b.bottom };
          }
        }
      }
      return null;
    },
    [lineText, sub, nth],
  );
}

/** Text of the notification toasts and of the notification center. */
async function notificationsText() {
  // No waiting: either element may be absent.
  return page.evaluate(() =>
    ['.notifications-toasts', '.notifications-center']
      .map((sel) => document.querySelector(sel)?.textContent ?? '')
      .join('\n'));
}

/** What VS Code logged of an output channel (user-data/logs/…/N-NAME.log). */
function channelLog(name) {
  let text = '';
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(`-${name}.log`)) text = readFileSync(p, 'utf8');
    }
  };
  try {
    walk(join(tmp, 'user-data', 'logs'));
  } catch {}
  return text.replace(/\u00a0|\u202f/g, ' ');
}

/** The extension's output channel, as VS Code logs it, for failure reports. */
function goalieOutputLog() {
  const found = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/-goalie\.log$/.test(e.name)) found.push(p);
    }
  };
  try {
    walk(join(tmp, 'user-data', 'logs'));
  } catch {}
  return found.map((f) => `--- ${f}\n${readFileSync(f, 'utf8').split('\n').slice(0, 60).join('\n')}`).join('\n');
}

function goalsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return goalsFiles(p);
    return e.name.endsWith('.goals') ? [p] : [];
  });
}

// ---- The test ---------------------------------------------------------------

async function main() {
  for (const [what, path] of [['VSIX', VSIX], ['code-server', codeServerBin], ['Chromium', CHROMIUM]]) {
    if (!existsSync(path)) fail(`${what} not found at ${path}`);
  }
  const lsp = spawnSync(GOALIE_BIN, ['lsp', '--help'], { encoding: 'utf8' });
  const hasLsp = lsp.status === 0;
  log(`${GOALIE_BIN} ${hasLsp ? 'has' : 'has NO'} \`lsp\` command${hasLsp ? '' : ` (exit ${lsp.status}: ${(lsp.stderr || lsp.error?.message || '').trim().split('\n')[0]})`}`);
  if (!hasLsp && REQUIRE_LSP) fail(`GOALIE_E2E_REQUIRE_LSP=1 but ${GOALIE_BIN} has no \`lsp\` command`);

  tmp = mkdtempSync(join(tmpdir(), 'goalie-e2e-'));
  const ws = join(tmp, 'workspace');
  const userData = join(tmp, 'user-data');
  const extDir = join(tmp, 'extensions');
  cpSync(join(repo, 'examples'), ws, { recursive: true });
  mkdirSync(join(ws, '.vscode'), { recursive: true });
  const wsSettings = join(ws, '.vscode', 'settings.json');
  // Phase 1: a server path that does not exist.
  // In French (goalie.lang), to check the extension's own French messages.
  writeFileSync(wsSettings, JSON.stringify({ 'goalie.server.path': '/nonexistent/goalie-e2e', 'goalie.today': TODAY, 'goalie.lang': 'fr' }, null, 2));
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.colorTheme': 'Default Dark Modern',
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'editor.inlayHints.enabled': 'on',
        // Only the server's suggestions, so a completion item proves it.
        'editor.wordBasedSuggestions': 'off',
        'editor.quickSuggestions': { other: false, comments: false, strings: false },
        'editor.hover.delay': 150,
        'editor.minimap.enabled': false,
        'chat.disableAIFeatures': true,
        'window.commandCenter': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'files.refactoring.autoSave': true,
      },
      null,
      2,
    ),
  );

  const node = process.execPath; // Node 24, from run.sh
  const csEnv = { ...process.env, PATH: `${dirname(node)}:/usr/bin:/bin` };
  log(`installing ${VSIX}`);
  const inst = spawnSync(node, [codeServerBin, '--user-data-dir', userData, '--extensions-dir', extDir, '--install-extension', VSIX], {
    encoding: 'utf8',
    env: csEnv,
    timeout: 120000,
  });
  if (inst.status !== 0) fail(`code-server --install-extension failed (${inst.status}):\n${inst.stdout}\n${inst.stderr}`);
  log(inst.stdout.trim().split('\n').pop());

  const port = await freePort();
  const csLog = [];
  server = spawn(
    node,
    [
      codeServerBin,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-workspace-trust',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      '--config', join(tmp, 'config.yaml'),
      '--user-data-dir', userData,
      '--extensions-dir', extDir,
      ws,
    ],
    { env: csEnv, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout.on('data', (d) => csLog.push(String(d)));
  server.stderr.on('data', (d) => csLog.push(String(d)));
  server.on('exit', (code) => log(`code-server exited (${code})`));
  await waitFor(`code-server listening on ${port}`, async () => {
    if (server.exitCode !== null) throw new Error(`code-server exited early:\n${csLog.join('')}`);
    const r = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
    return r?.ok;
  }, 60000, 500);
  log(`code-server up on ${port}`);

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  await waitFor('the explorer to list the examples', async () => (await page.locator('.explorer-folders-view .monaco-list-row').count()) > 0, 60000);
  log('workbench loaded');

  const planFile = 'marketing-en/marketing.goals';
  const planText = readFileSync(join(ws, planFile), 'utf8').split('\n');

  // ---- Phase 1: no server -------------------------------------------------
  // The French plan first: the grammar's colours, in the other language.
  const frFile = 'ventes-fr/plan.goals';
  const frText = readFileSync(join(ws, frFile), 'utf8').split('\n');
  await openFile(frFile);

  await check('language mode is Goals', async () => {
    await waitFor('the status bar to say "Goals"', async () =>
      (await page.locator('[id="status.editor.mode"]').textContent({ timeout: 1000 }).catch(() => ''))?.trim() === 'Goals');
  });

  await check('the grammar colours item keywords, ids and dates', async () => {
    const line = frText.find((l) => l.startsWith('objectif '));
    let seen;
    await waitFor(`"objectif" coloured unlike the title on ${JSON.stringify(line)}`, async () => {
      const colours = await page.evaluate((line) => {
        const norm = (s) => s.replace(/\u00a0/g, ' ');
        const el = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')].find((e) => norm(e.textContent ?? '') === line);
        if (!el) return null;
        return [...el.querySelectorAll('span > span')].map((s) => [norm(s.textContent ?? ''), getComputedStyle(s).color]);
      }, line);
      seen = colours;
      if (!colours) return false;
      const colourOf = (t) => colours.find(([text]) => text === t)?.[1];
      // Keyword, id and plain text (the blank after the keyword) differ.
      const kw = colourOf('objectif');
      const id = colourOf('ca-t4');
      const plain = colourOf(' ');
      return kw && id && plain && kw !== plain && id !== plain && id !== kw;
    }, 20000).catch((e) => {
      throw new Error(`${e.message}; rendered tokens: ${JSON.stringify(seen)}`);
    });
    await shotEditor('grammar');
  });
  await openFile(planFile);

  await check('the error message when no server is found offers the install instructions (in French)', async () => {
    await waitFor('the "n’est pas un fichier exécutable" notification (goalie.lang is fr)', async () => {
      const text = await notificationsText();
      return text.includes('/nonexistent/goalie-e2e') && text.includes('n’est pas un fichier exécutable') && text.includes('Instructions d’installation');
    }, 60000);
    await shot('no-server');
    log('  the notification is shown; clicking "Instructions d’installation"');
    await page.locator('.notifications-toasts .monaco-button', { hasText: 'Instructions d’installation' }).first().click();
    await waitFor('INSTALL.md to open in a preview', async () =>
      (await page.locator('.tabs-container .tab').allTextContents()).some((t) => t.includes('INSTALL.md')), 20000);
    // The language status item of a .goals editor says so too.
    await page.locator('.tabs-container .tab', { hasText: 'marketing.goals' }).first().click();
    await page.locator('[id="status.languageStatus"]').first().click();
    await waitFor('"goalie : pas de serveur" in the language status', async () =>
      (await page.evaluate(() =>
        [...document.querySelectorAll('.monaco-hover, .workbench-hover, .context-view')].map((e) => e.textContent ?? '').join(' '))).includes('goalie : pas de serveur'), 15000);
    await page.keyboard.press('Escape');
  });

  // Back to one editor group (the preview opened beside), for the screenshots.
  await page.locator('.tabs-container .tab').first().click();
  await runCommand('View: Close All Editor Groups');

  // ---- Phase 2: the bundled server ----------------------------------------
  // Removing the setting makes the extension restart with server/goalie.
  writeFileSync(wsSettings, JSON.stringify({ 'goalie.today': TODAY, 'goalie.lang': 'en' }, null, 2));
  await openFile(planFile);

  if (!hasLsp) {
    await check('without `goalie lsp` the extension says the server could not start', async () => {
      await page.keyboard.press('Escape');
      await runCommand('Notifications: Show Notifications');
      await waitFor('a "could not start" or "crashed" notification about goalie', async () => {
        const text = await notificationsText();
        return /goalie/.test(text) && /could not start|crashed|couldn't start/i.test(text);
      }, 45000);
      await shot('server-without-lsp');
    });
    for (const name of ['diagnostic squiggle', 'hover of a key result', 'inlay hint', 'completion item']) {
      skip(name, `${GOALIE_BIN} has no \`lsp\` command yet`);
    }
    return;
  }

  // A key result with a numeric metric: its hover and inlay hint show progress.
  const krIndex = planText.findIndex((l) => /^\s*kr organic-mqls:/.test(l));
  if (krIndex < 0) fail(`${planFile} has no "kr organic-mqls:" line any more; update the test`);
  const krLine = planText[krIndex].trim();
  // What the CLI says of it: the hover and the inlay hint must agree.
  const status = spawnSync(GOALIE_BIN, ['status', '--format', 'json', '--today', TODAY, ws], { encoding: 'utf8' });
  let kr;
  try {
    const all = JSON.parse(status.stdout);
    kr = [...all.key_results, ...all.objectives.flatMap((o) => o.key_results)].find((k) => k.id === 'organic-mqls');
  } catch (e) {
    fail(`goalie status --format json failed (${status.status}): ${status.stderr || e}`);
  }
  if (!kr || typeof kr.current !== 'number' || typeof kr.percent !== 'number') fail(`goalie status has no numbers for organic-mqls: ${JSON.stringify(kr)}`);
  const pct = String(Math.floor(kr.percent));
  const current = String(kr.current);
  log(`goalie status: organic-mqls ${current} / ${kr.measure.target} ${kr.unit} (${pct} %)`);
  const pctRe = new RegExp(`(?<![\\d.,])${pct}\\s*%`);

  await check('hover of a key result shows its progress numbers', async () => {
    let hover = '';
    await waitFor(`a hover with ${current} MQLs, 300 MQLs and ${pct} %`, async () => {
      const pos = await positionOf('kr organic-mqls:', 'organic-mqls', 3);
      if (!pos) return false;
      await page.mouse.move(pos.x + 40, pos.y + 200);
      await page.mouse.move(pos.x, pos.y);
      await page.locator('.monaco-hover').first().waitFor({ state: 'visible', timeout: 4000 }).catch(() => {});
      hover = ((await page.locator('.monaco-hover').allTextContents()).join(' ')).replace(/\u00a0|\u202f/g, ' ');
      return hover.includes(`${current} MQLs`) && hover.includes('300 MQLs') && pctRe.test(hover);
    }, 60000, 1000).catch((e) => {
      throw new Error(`${e.message}; last hover text: ${JSON.stringify(hover)}`);
    });
    log(`  hover: ${hover.slice(0, 200)}`);
    await shotEditor('hover');
    await page.mouse.move(5, 700);
  });

  await check('inlay hint after the key result line', async () => {
    let seen = '';
    await waitFor(`"${pct} %" after the KR header`, async () => {
      const line = (await renderedLines()).find((l) => l.text.includes(krLine));
      seen = line?.text ?? '';
      const extra = seen.replace(krLine, '').trim();
      return pctRe.test(extra);
    }, 30000).catch((e) => {
      throw new Error(`${e.message}; rendered line: ${JSON.stringify(seen)}`);
    });
    log(`  rendered: ${seen.trim()}`);
    await shot('inlay-hint');
  });

  await check('the language status item shows the running server', async () => {
    await page.locator('[id="status.languageStatus"]').first().click();
    await waitFor('"goalie 0.1.0" (or another version) in the language status', async () => {
      const text = await page.evaluate(() =>
        [...document.querySelectorAll('.monaco-hover, .workbench-hover, .context-view')].map((e) => e.textContent ?? '').join(' '));
      return /goalie \d+\.\d+/.test(text);
    }, 15000);
    await shot('language-status');
    await page.keyboard.press('Escape');
  });

  await check('goalie.inlayHints.enable = false hides the hints, and true brings them back (didChangeConfiguration)', async () => {
    const hint = async () => ((await renderedLines()).find((l) => l.text.includes(krLine))?.text ?? '').replace(krLine, '').trim();
    writeFileSync(wsSettings, JSON.stringify({ 'goalie.today': TODAY, 'goalie.lang': 'en', 'goalie.inlayHints.enable': false }, null, 2));
    await waitFor('no inlay hint after the KR header', async () => (await hint()) === '', 20000);
    writeFileSync(wsSettings, JSON.stringify({ 'goalie.today': TODAY, 'goalie.lang': 'en' }, null, 2));
    await waitFor(`"${pct} %" after the KR header again`, async () => pctRe.test(await hint()), 20000);
  });

  await check('goalie.rules turns a rule off (O601 under organic-pipeline)', async () => {
    const squiggled = async () => {
      const pos = await positionOf('objective organic-pipeline:', 'organic-pipeline', 3);
      if (!pos) return null;
      const boxes = await page.$$eval('.monaco-editor .view-overlays [class*="squiggly-"]', (els) =>
        els.map((e) => { const b = e.getBoundingClientRect(); return { top: b.top, bottom: b.bottom, left: b.left, right: b.right }; }));
      return boxes.some((b) => b.top <= pos.y + 2 && b.bottom >= pos.y - 2 && b.left <= pos.x && b.right >= pos.x);
    };
    await waitFor('the kr-count squiggle under organic-pipeline', async () => (await squiggled()) === true, 20000);
    writeFileSync(wsSettings, JSON.stringify({ 'goalie.today': TODAY, 'goalie.lang': 'en', 'goalie.rules': { O601: 'off' } }, null, 2));
    await waitFor('no squiggle under organic-pipeline', async () => (await squiggled()) === false, 20000);
    writeFileSync(wsSettings, JSON.stringify({ 'goalie.today': TODAY, 'goalie.lang': 'en' }, null, 2));
    await waitFor('the squiggle back', async () => (await squiggled()) === true, 20000);
  });

  await check('goalie.logProgress logs a value for the key result under the cursor', async () => {
    const pos = await positionOf('kr organic-mqls:', 'organic-mqls', 2);
    if (!pos) throw new Error('the KR line is not on screen');
    await page.mouse.click(pos.x, pos.y);
    await runCommand('Log progress for this item');
    const input = page.locator('.quick-input-widget input');
    await waitFor('the value prompt', async () =>
      (await page.locator('.quick-input-widget').textContent({ timeout: 1000 }).catch(() => ''))?.includes('Value to log'));
    await input.fill('+7');
    await page.keyboard.press('Enter');
    await waitFor('the note prompt', async () =>
      (await page.locator('.quick-input-widget').textContent({ timeout: 1000 }).catch(() => ''))?.includes('Note'));
    await input.fill('from the e2e test');
    await page.keyboard.press('Enter');
    await waitFor('"logged “+7” for organic-mqls"', async () => (await notificationsText()).includes('logged “+7” for organic-mqls'), 20000);
    // The server inserted the line in a file that was not open, which VS
    // Code saves (files.refactoring.autoSave).
    const wanted = `${TODAY} organic-mqls +7 "from the e2e test"`;
    const where = await waitFor(`the line ${wanted} in a .goals file`, async () =>
      goalsFiles(ws).find((f) => readFileSync(f, 'utf8').split('\n').some((l) => l.trim() === wanted)), 20000);
    log(`  logged in ${where.slice(ws.length + 1)}`);
    // The server counts it: the hover (fetched anew) says 7 more.
    const now = `${kr.current + 7} MQLs now`;
    let hover = '';
    await waitFor(`a hover saying "${now}"`, async () => {
      const p = await positionOf('kr organic-mqls:', 'organic-mqls', 5);
      if (!p) return false;
      await page.mouse.move(p.x, p.y + 300);
      await page.mouse.move(p.x, p.y);
      await page.locator('.monaco-hover').first().waitFor({ state: 'visible', timeout: 4000 }).catch(() => {});
      hover = (await page.locator('.monaco-hover').allTextContents()).join(' ').replace(/\u00a0|\u202f/g, ' ');
      return hover.includes(now);
    }, 30000, 1000).catch((e) => {
      throw new Error(`${e.message}; last hover text: ${JSON.stringify(hover)}`);
    });
    await shot('log-progress');
    await page.mouse.move(5, 700);
  });

  await check('goalie.showStatus shows goalie status in an output channel', async () => {
    await runCommand('Show the status of every goal');
    const panelText = () => page.evaluate(() => (document.querySelector('.part.panel')?.textContent ?? '').replace(/\u00a0/g, ' '));
    // The output view shows the end of what was written: the stages of the
    // last funnel (the FUNNELS heading may be scrolled out of view).
    await waitFor('the status (its funnel stages) in the output panel', async () => {
      const text = await panelText();
      return text.includes('needed') && text.includes('per day');
    }, 20000);
    // All of it, as VS Code logs the channel: dated by goalie.today.
    await waitFor('"Progress on 24 Nov 2026" in the logged "goalie status" channel', async () =>
      channelLog('goalie status').startsWith('Progress on 24 Nov 2026') && channelLog('goalie status').includes('organic-mqls'), 10000);
    await shot('status');
  });

  await check('goalie.openReport opens the HTML report', async () => {
    await runCommand('Open the progress report');
    await waitFor('a "goalie report" tab', async () =>
      (await page.locator('.tabs-container .tab').allTextContents()).some((t) => t.includes('goalie report')), 30000);
    let seenText = '';
    await waitFor('the report (with organic-mqls and a chart) shown in the webview', async () => {
      for (const f of page.frames()) {
        const shown = await f.evaluate(() => ({
          text: document.body?.innerText ?? '',
          svg: document.querySelectorAll('svg').length,
          height: document.body?.getBoundingClientRect().height ?? 0,
        })).catch(() => null);
        if (!shown) continue;
        if (shown.text.length > seenText.length) seenText = shown.text;
        if (shown.text.includes('organic-mqls') && shown.svg > 0 && shown.height > 100) return true;
      }
      return false;
    }, 30000).catch((e) => {
      throw new Error(`${e.message}; longest text seen in a frame: ${JSON.stringify(seenText.slice(0, 300))}`);
    });
    await shot('report');
    // Back to the plan alone for the next checks (and their screenshots).
    await page.locator('.tabs-container .tab', { hasText: 'marketing.goals' }).first().click();
    await runCommand('View: Hide Panel');
    await runCommand('View: Close All Editor Groups');
    await openFile(planFile);
  });

  // Type a log line for an unknown id at the end of the file.
  await check('diagnostic squiggle on a log line for an unknown id', async () => {
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Home');
    await page.keyboard.type(`${TODAY} organic-mqlz 5`, { delay: 20 });
    await page.keyboard.press('Escape');
    await waitFor('an error squiggle under "organic-mqlz"', async () => {
      const pos = await positionOf(`${TODAY} organic-mqlz 5`, 'organic-mqlz', 4);
      if (!pos) return false;
      const squiggles = await page.$$eval('.monaco-editor .view-overlays .squiggly-error', (els) =>
        els.map((e) => { const b = e.getBoundingClientRect(); return { top: b.top, bottom: b.bottom, left: b.left, right: b.right }; }));
      return squiggles.some((s) => s.top <= pos.y && s.bottom >= pos.y - 2 && s.left <= pos.x && s.right >= pos.x);
    }, 30000);
    await shot('diagnostic');
  });

  await check('a quick fix replaces the unknown id with the close one', async () => {
    const pos = await positionOf(`${TODAY} organic-mqlz 5`, 'organic-mqlz', 2);
    if (!pos) throw new Error('the typed log line is not on screen');
    await page.mouse.click(pos.x, pos.y);
    await page.keyboard.press('Control+.');
    let titles = [];
    await waitFor('a code action naming organic-mqls', async () => {
      titles = await page.locator('.action-widget .monaco-list-row, .context-view .monaco-list-row').allTextContents();
      return titles.some((t) => t.includes('organic-mqls'));
    }, 15000).catch((e) => {
      throw new Error(`${e.message}; actions: ${JSON.stringify(titles)}`);
    });
    await shot('quick-fix');
    const row = page.locator('.action-widget .monaco-list-row, .context-view .monaco-list-row', { hasText: 'organic-mqls' }).first();
    await row.click();
    await waitFor(`the line to read "${TODAY} organic-mqls 5"`, async () =>
      (await renderedLines()).some((l) => l.text.trim().startsWith(`${TODAY} organic-mqls 5`)), 10000);
    await waitFor('no error squiggle left on that line', async () => {
      const p = await positionOf(`${TODAY} organic-mqls 5`, 'organic-mqls', 4);
      if (!p) return false;
      const boxes = await page.$$eval('.monaco-editor .view-overlays .squiggly-error', (els) =>
        els.map((e) => { const b = e.getBoundingClientRect(); return { top: b.top, bottom: b.bottom }; }));
      return !boxes.some((b) => b.top <= p.y && b.bottom >= p.y - 2);
    }, 15000);
    // Back to the typo-free state the completion check starts from.
    await page.keyboard.press('End');
    for (let i = 0; i < 'organic-mqls 5'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('organic-mqlz 5', { delay: 10 });
  });

  await check('completion offers an id on a log line', async () => {
    // Replace the bad id with a prefix and ask for completion.
    await page.keyboard.press('End');
    for (let i = 0; i < `organic-mqlz 5`.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('organic', { delay: 20 });
    await page.keyboard.press('Control+Space');
    await waitFor('"organic-mqls" in the suggestion list', async () =>
      (await page.locator('.suggest-widget.visible .monaco-list-row').allTextContents()).some((t) => t.includes('organic-mqls')), 20000);
    await shot('completion');
    await page.keyboard.press('Escape');
  });
}

try {
  await main();
} catch (e) {
  process.exitCode = 1;
  if (!e?.reported) console.error(e);
} finally {
  clearTimeout(watchdog);
  await cleanup();
  if (tmp && process.exitCode !== 1) rmSync(tmp, { recursive: true, force: true });
  console.log('\ne2e summary:');
  for (const [name, status] of results) console.log(`  ${status.padEnd(8)}  ${name}`);
  console.log(`e2e ${process.exitCode === 1 ? 'FAILED' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(0)}s`);
}
