// Builds goalie's npm packages and packs them with `npm pack`:
//
//   node packaging/npm/build.mjs [--out DIR] [--main] [PLATFORM=BINARY ...]
//
// PLATFORM=BINARY (e.g. linux-x64=target/x86_64-unknown-linux-gnu/release/goalie)
// makes the platform package holding that binary (@goalie-rs/cli-PLATFORM,
// limited by `os` and `cpu` to where it runs); --main makes the `goalie`
// package: the launcher (goalie.js) with every platform package as an
// optional dependency of the same version, so npm installs only the one
// that fits (the pattern of esbuild and biome). The version is Cargo.toml's.
// Tarballs go to DIR (default: target/dist/npm); the package folders are
// left in DIR/src for inspection.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const { PLATFORMS } = createRequire(import.meta.url)('./goalie.js');

const REPOSITORY = 'https://github.com/goalie-rs/goalie';
const DESCRIPTION =
  'Goals, OKRs, KPIs and activity logs in plain-text .goals files, checked like code: linter, formatter, progress reports and a language server, in English and French.';
const LICENSE = 'MIT OR Apache-2.0';

function usage(message) {
  console.error(`build.mjs: ${message}\nusage: node packaging/npm/build.mjs [--out DIR] [--main] [PLATFORM=BINARY ...]`);
  process.exit(2);
}

const args = process.argv.slice(2);
let out = path.join(repo, 'target', 'dist', 'npm');
let main = false;
const binaries = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--out') out = path.resolve(args[++i] ?? usage('--out needs a folder'));
  else if (a === '--main') main = true;
  else if (a.includes('=')) {
    const [platform, binary] = [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)];
    if (!PLATFORMS[platform]) usage(`unknown platform ${platform}; known: ${Object.keys(PLATFORMS).join(', ')}`);
    if (!fs.existsSync(binary)) usage(`no binary at ${binary}`);
    binaries.push([platform, path.resolve(binary)]);
  } else usage(`unexpected argument ${a}`);
}
if (!main && binaries.length === 0) usage('nothing to build');

const cargo = fs.readFileSync(path.join(repo, 'Cargo.toml'), 'utf8');
const version = /^version = "([^"]+)"/m.exec(cargo)?.[1] ?? usage('no version in Cargo.toml');

const common = {
  version,
  description: DESCRIPTION,
  license: LICENSE,
  homepage: REPOSITORY,
  repository: { type: 'git', url: `git+${REPOSITORY}.git` },
  keywords: ['okr', 'goals', 'kpi', 'linter', 'language-server'],
};

function writePackage(dir, manifest, files) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  for (const [from, to, mode] of files) {
    fs.mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
    fs.copyFileSync(from, path.join(dir, to));
    if (mode) fs.chmodSync(path.join(dir, to), mode);
  }
  // npm is npm.cmd on Windows, which only a shell can start.
  const win = process.platform === 'win32';
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', win ? `"${out}"` : out], { cwd: dir, encoding: 'utf8', shell: win })
    .trim()
    .split(/\r?\n/)
    .pop();
  console.log(path.join(out, tarball));
}

fs.mkdirSync(path.join(out, 'src'), { recursive: true });
const licences = [
  [path.join(repo, 'LICENSE-MIT'), 'LICENSE-MIT'],
  [path.join(repo, 'LICENSE-APACHE'), 'LICENSE-APACHE'],
];

for (const [platform, binary] of binaries) {
  const p = PLATFORMS[platform];
  const exe = p.os === 'win32' ? 'goalie.exe' : 'goalie';
  const readme = path.join(out, 'src', `README-${platform}.md`);
  fs.writeFileSync(readme, `# ${p.pkg}\n\nThe goalie binary for ${platform} (${p.target}). Install \`goalie\` instead: npm picks this package on ${platform} by itself.\n`);
  writePackage(
    path.join(out, 'src', platform),
    {
      name: p.pkg,
      ...common,
      description: `The goalie binary for ${platform}.`,
      os: [p.os],
      cpu: [p.cpu],
      files: ['bin/', 'LICENSE-MIT', 'LICENSE-APACHE'],
      // Yarn's PnP must unpack it to run it.
      preferUnplugged: true,
    },
    [[binary, `bin/${exe}`, 0o755], [readme, 'README.md'], ...licences],
  );
}

if (main) {
  writePackage(
    path.join(out, 'src', 'goalie'),
    {
      name: 'goalie',
      ...common,
      bin: { goalie: 'bin/goalie.js' },
      files: ['bin/', 'LICENSE-MIT', 'LICENSE-APACHE'],
      engines: { node: '>=16' },
      optionalDependencies: Object.fromEntries(Object.values(PLATFORMS).map((p) => [p.pkg, version])),
    },
    [[path.join(here, 'goalie.js'), 'bin/goalie.js', 0o755], [path.join(repo, 'README.md'), 'README.md'], ...licences],
  );
}
