// Where the goalie executable is. Kept free of the `vscode` module so the
// unit tests can run it under plain Node.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export type ServerSource = 'setting' | 'bundled' | 'path';

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
 * The setting, then the binary bundled in the extension, then `goalie` on
 * PATH, then cargo's install folder (VS Code started from a desktop menu
 * often lacks ~/.cargo/bin on its PATH).
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

  const bundled = path.join(input.extensionPath, 'server', exe);
  tried.push(bundled);
  if (isExe(bundled)) return { ok: true, found: { command: bundled, source: 'bundled' } };

  const dirs = pathDirs(env, platform);
  const home = env.HOME ?? env.USERPROFILE;
  const cargoHome = env.CARGO_HOME ?? (home ? path.join(home, '.cargo') : undefined);
  if (cargoHome) dirs.push(path.join(cargoHome, 'bin'));
  for (const d of dirs) {
    const c = path.join(d, exe);
    tried.push(c);
    if (isExe(c)) return { ok: true, found: { command: c, source: 'path' } };
  }
  return { ok: false, tried };
}

function pathDirs(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  const raw = env.PATH ?? env.Path ?? '';
  return raw.split(platform === 'win32' ? ';' : ':').filter((d) => d !== '');
}
