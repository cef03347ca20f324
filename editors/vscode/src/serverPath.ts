// Where the goalie executable is. Kept free of the `vscode` module so the
// unit tests can run it under plain Node.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Where the server was found: the setting, the .vsix, an npm install (the
 * workspace's node_modules or npm's global folder), a pip/pipx/uv install
 * (the workspace's virtual environment or the user's script folders), or
 * PATH (with cargo's install folder).
 */
export type ServerSource = 'setting' | 'bundled' | 'npm' | 'pip' | 'path';

export interface Found {
  command: string;
  source: ServerSource;
}

export type Lookup =
  | { ok: true; found: Found }
  // `setting` names the configured path when it was set but is unusable:
  // the user must hear about that one, not about a silent fallback.
  | { ok: false; setting?: string; tried: string[] };

export interface LookupInput {
  /** The `goalie.server.path` setting, possibly empty. */
  setting: string;
  /** The extension's own folder (where `server/goalie` is bundled). */
  extensionPath: string;
  /** The first workspace folder, for `${workspaceFolder}` in the setting. */
  workspaceFolder?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  isExecutable?: (file: string) => boolean;
  /** Names in a folder (none when it does not exist); for version folders. */
  listDir?: (dir: string) => string[];
  /** The machine's architecture (`process.arch`), for npm's platform package. */
  arch?: string;
}

function listDirectory(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

export function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (process.platform === 'win32') return true;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A .vsix is a zip; an unzipper that drops the mode bits would leave the
 * bundled server unexecutable. Restore them (best effort).
 */
export function ensureBundledExecutable(extensionPath: string, platform = process.platform): void {
  if (platform === 'win32') return;
  const bundled = path.join(extensionPath, 'server', 'goalie');
  try {
    if (fs.statSync(bundled).isFile() && !isExecutableFile(bundled)) fs.chmodSync(bundled, 0o755);
  } catch {
    // Not bundled, or read-only: the lookup moves on.
  }
}

/** `~/x` and `${workspaceFolder}/x` as people write them in settings. */
export function expandSetting(value: string, workspaceFolder?: string, env = process.env): string {
  let v = value.trim();
  if (v === '~' || v.startsWith('~/')) v = path.join(env.HOME ?? os.homedir(), v.slice(1));
  if (workspaceFolder) v = v.split('${workspaceFolder}').join(workspaceFolder);
  return v;
}

/**
 * The setting, then the binary bundled in the extension, then the
 * workspace's own install (npm's node_modules, a Python virtual
 * environment), then `goalie` on PATH and in cargo's, pip's and npm's
 * install folders: VS Code started from a desktop menu often lacks those on
 * its PATH.
 */
export function findServer(input: LookupInput): Lookup {
  const env = input.env ?? process.env;
  const platform = input.platform ?? process.platform;
  const isExe = input.isExecutable ?? isExecutableFile;
  const exe = platform === 'win32' ? 'goalie.exe' : 'goalie';
  const tried: string[] = [];

  if (input.setting.trim() !== '') {
    const configured = expandSetting(input.setting, input.workspaceFolder, env);
    // A bare name ("goalie", "goalie-dev") is looked up on PATH.
    const candidates = configured.includes('/') || configured.includes('\\')
      ? [path.resolve(input.workspaceFolder ?? '.', configured)]
      : pathDirs(env, platform).map((d) => path.join(d, configured));
    for (const c of candidates) {
      if (isExe(c)) return { ok: true, found: { command: c, source: 'setting' } };
    }
    return { ok: false, setting: configured, tried: candidates };
  }

  const candidates: Array<[string, ServerSource]> = [[path.join(input.extensionPath, 'server', exe), 'bundled']];
  for (const c of installCandidates({ ...input, env, platform })) candidates.push(c);
  for (const [c, source] of candidates) {
    if (tried.includes(c)) continue;
    tried.push(c);
    if (isExe(c)) return { ok: true, found: { command: c, source } };
  }
  return { ok: false, tried };
}

/** npm's package holding the binary for this platform (packaging/npm/goalie.js). */
export function npmPlatformPackage(platform: string, arch: string): string {
  return `@goalie-rs/cli-${platform}-${arch}`;
}

/**
 * Every place an install puts goalie, most specific first. The npm
 * candidates are the platform package's binary itself, not the
 * `node_modules/.bin` launcher, which needs `node` on PATH (and on Windows
 * is a .cmd that cannot be spawned without a shell).
 */
function installCandidates(input: LookupInput & { env: NodeJS.ProcessEnv; platform: NodeJS.Platform }): Array<[string, ServerSource]> {
  const { env, platform } = input;
  const win = platform === 'win32';
  const join = win ? path.win32.join : path.posix.join;
  const exe = win ? 'goalie.exe' : 'goalie';
  const list = input.listDir ?? listDirectory;
  const home = env.HOME ?? env.USERPROFILE;
  const out: Array<[string, ServerSource]> = [];
  const npmBinary = (nodeModules: string) =>
    join(nodeModules, ...npmPlatformPackage(platform, input.arch ?? process.arch).split('/'), 'bin', exe);
  const venvBinary = (venv: string) => join(venv, win ? 'Scripts' : 'bin', exe);

  // The workspace's own install: `npm install -D goalie`, or pip in .venv.
  if (input.workspaceFolder) {
    out.push([npmBinary(join(input.workspaceFolder, 'node_modules')), 'npm']);
    for (const venv of ['.venv', 'venv']) out.push([venvBinary(join(input.workspaceFolder, venv)), 'pip']);
  }
  if (env.VIRTUAL_ENV) out.push([venvBinary(env.VIRTUAL_ENV), 'pip']);

  for (const d of pathDirs(env, platform)) out.push([join(d, exe), 'path']);
  const cargoHome = env.CARGO_HOME ?? (home ? join(home, '.cargo') : undefined);
  if (cargoHome) out.push([join(cargoHome, 'bin', exe), 'path']);

  // pip --user, pipx and uv tool. PYTHONUSERBASE moves pip's user folder.
  if (env.PYTHONUSERBASE) out.push([join(env.PYTHONUSERBASE, win ? 'Scripts' : 'bin', exe), 'pip']);
  if (env.PIPX_BIN_DIR) out.push([join(env.PIPX_BIN_DIR, exe), 'pip']);
  if (env.UV_TOOL_BIN_DIR) out.push([join(env.UV_TOOL_BIN_DIR, exe), 'pip']);
  if (env.XDG_BIN_HOME) out.push([join(env.XDG_BIN_HOME, exe), 'pip']);
  if (home) out.push([join(home, '.local', 'bin', exe), 'pip']);
  if (platform === 'darwin' && home) {
    const pythons = join(home, 'Library', 'Python');
    for (const v of versionsNewestFirst(list(pythons))) out.push([join(pythons, v, 'bin', exe), 'pip']);
  }
  if (win && env.APPDATA) {
    const pythons = join(env.APPDATA, 'Python');
    for (const v of versionsNewestFirst(list(pythons))) out.push([join(pythons, v, 'Scripts', exe), 'pip']);
  }

  // npm install -g: the global node_modules under npm's prefix.
  const prefixes: string[] = [];
  const configured = env.NPM_CONFIG_PREFIX ?? env.npm_config_prefix;
  if (configured) prefixes.push(configured);
  if (win) {
    if (env.APPDATA) prefixes.push(join(env.APPDATA, 'npm'));
  } else {
    if (home) prefixes.push(join(home, '.npm-global'), join(home, '.local'));
    prefixes.push('/usr/local', '/opt/homebrew', '/usr');
    if (home) {
      const nvm = join(env.NVM_DIR ?? join(home, '.nvm'), 'versions', 'node');
      for (const v of versionsNewestFirst(list(nvm))) prefixes.push(join(nvm, v));
    }
  }
  for (const prefix of prefixes) out.push([npmBinary(win ? join(prefix, 'node_modules') : join(prefix, 'lib', 'node_modules')), 'npm']);
  return out;
}

/** Folder names like `3.12` or `v20.11.1`, newest version first. */
function versionsNewestFirst(names: string[]): string[] {
  const key = (n: string) => (n.match(/\d+/g) ?? []).map(Number);
  return names
    .filter((n) => /\d/.test(n))
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const d = (y[i] ?? -1) - (x[i] ?? -1);
        if (d !== 0) return d;
      }
      return 0;
    });
}

function pathDirs(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  const raw = env.PATH ?? env.Path ?? '';
  return raw.split(platform === 'win32' ? ';' : ':').filter((d) => d !== '');
}
