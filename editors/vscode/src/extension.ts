// The goalie extension: starts `goalie lsp` with vscode-languageclient and
// adds a few commands around the CLI (status, report, log progress).
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  State,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { type Lang, type MessageKey, langOf, t } from './i18n';
import { type Found, ensureBundledExecutable, findServer } from './serverPath';

/** The server-side command behind `goalie.logProgress`. */
export const SERVER_LOG_COMMAND = 'goalie.server.logProgress';

let client: LanguageClient | undefined;
let found: Found | undefined;
let output: vscode.OutputChannel;
let statusOutput: vscode.OutputChannel;
let extensionContext: vscode.ExtensionContext;
let statusItem: vscode.LanguageStatusItem;

type ServerState = 'starting' | 'running' | 'missing' | 'failed';

/** The language status item beside "Goals" in the status bar. */
function setStatus(state: ServerState): void {
  if (!statusItem) return;
  const version = client?.initializeResult?.serverInfo?.version ?? '';
  statusItem.busy = state === 'starting';
  statusItem.severity =
    state === 'running' || state === 'starting' ? vscode.LanguageStatusSeverity.Information : vscode.LanguageStatusSeverity.Error;
  statusItem.text = {
    starting: msg('statusStarting'),
    running: msg('statusRunning', version).trim(),
    missing: msg('statusMissing'),
    failed: msg('statusFailed'),
  }[state];
  statusItem.detail = found?.command;
  statusItem.command =
    state === 'missing'
      ? { title: msg('installInstructions'), command: 'goalie.showInstallInstructions' }
      : { title: msg('restart'), command: 'goalie.restartServer' };
}

function lang(): Lang {
  return langOf(vscode.workspace.getConfiguration('goalie').get<string>('lang'), vscode.env.language);
}

function msg(key: MessageKey, ...args: Array<string | number>): string {
  return t(lang(), key, ...args);
}

/** The `goalie` section as the server reads it (contract of `goalie lsp`). */
function serverSettings(): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration('goalie');
  return {
    rules: c.get('rules', {}),
    lang: c.get('lang', 'auto'),
    today: c.get('today', ''),
    inlayHints: { enable: c.get('inlayHints.enable', true) },
  };
}

function lookup() {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return findServer({
    setting: vscode.workspace.getConfiguration('goalie').get<string>('server.path', ''),
    extensionPath: extensionContext.extensionPath,
    workspaceFolder: folder,
  });
}

/** docs/install.md, copied into the .vsix as INSTALL.md (works offline). */
async function showInstallInstructions(): Promise<void> {
  const bundled = extensionContext.asAbsolutePath('INSTALL.md');
  // A development checkout has no INSTALL.md: its README says the same.
  const doc = fs.existsSync(bundled) ? bundled : extensionContext.asAbsolutePath('README.md');
  await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.file(doc));
}

/** Says why there is no server, with a way out. */
async function reportMissingServer(setting?: string): Promise<void> {
  const text = setting !== undefined ? msg('badSetting', setting) : msg('noServer');
  output.appendLine(text);
  const install = msg('installInstructions');
  const settings = msg('openSettings');
  const choice = await vscode.window.showErrorMessage(text, install, settings);
  if (choice === install) await showInstallInstructions();
  else if (choice === settings) {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'goalie.server.path');
  }
}

async function startClient(): Promise<void> {
  const result = lookup();
  if (!result.ok) {
    found = undefined;
    output.appendLine(`goalie: looked for the server in: ${result.tried.join(', ')}`);
    setStatus('missing');
    void reportMissingServer(result.setting);
    return;
  }
  found = result.found;
  output.appendLine(`goalie: starting ${found.command} lsp (from ${found.source})`);

  // No `transport`: with TransportKind.stdio the client would append
  // `--stdio` to the arguments, which `goalie lsp` does not take. Without
  // it the client still talks over the process's stdin and stdout.
  const serverOptions: ServerOptions = {
    command: found.command,
    args: ['lsp'],
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'goals' },
      { scheme: 'untitled', language: 'goals' },
    ],
    initializationOptions: serverSettings(),
    synchronize: {
      configurationSection: 'goalie',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.goals'),
        vscode.workspace.createFileSystemWatcher('**/goalie.toml'),
      ],
    },
    outputChannel: output,
    middleware: {
      workspace: {
        // Answer `workspace/configuration` for `goalie` in the server's shape
        // (no editor-only keys such as server.path or trace).
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) return answers;
          return params.items.map((item, i) => (item.section === 'goalie' ? serverSettings() : answers[i]));
        },
      },
    },
  };
  client = new LanguageClient('goalie', 'goalie', serverOptions, clientOptions);
  client.onDidChangeState((e) => setStatus(e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'failed'));
  setStatus('starting');
  try {
    await client.start();
    setStatus('running');
  } catch (e) {
    setStatus('failed');
    const text = msg('startFailed', found.command, e instanceof Error ? e.message : String(e));
    output.appendLine(text);
    const show = msg('showOutput');
    void vscode.window.showErrorMessage(text, show).then((c) => {
      if (c === show) output.show();
    });
  }
}

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) {
    try {
      await c.stop(2000);
    } catch (e) {
      output.appendLine(`goalie: stopping the server: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

async function restartServer(): Promise<void> {
  await stopClient();
  await startClient();
  if (client && found) void vscode.window.showInformationMessage(msg('restarted', found.command));
}

/** The folder a command works on: the active file's, else the only one, else ask. */
async function targetFolder(): Promise<string | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active) {
    const f = vscode.workspace.getWorkspaceFolder(active);
    if (f) return f.uri.fsPath;
  }
  if (folders.length === 1) return folders[0].uri.fsPath;
  if (folders.length > 1) {
    const pick = await vscode.window.showWorkspaceFolderPick({ placeHolder: msg('pickFolder') });
    return pick?.uri.fsPath;
  }
  if (active?.scheme === 'file') return path.dirname(active.fsPath);
  return undefined;
}

/** Flags shared by `status` and `report`: the editor's language and day. */
function cliFlags(): string[] {
  const c = vscode.workspace.getConfiguration('goalie');
  const flags = ['--lang', lang()];
  const today = c.get<string>('today', '');
  if (today) flags.push('--today', today);
  return flags;
}

function runGoalie(args: string[], cwd: string): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve, reject) => {
    const result = lookup();
    if (!result.ok) {
      void reportMissingServer(result.setting);
      reject(new Error('no goalie executable'));
      return;
    }
    execFile(
      result.found.command,
      args,
      { cwd, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err && typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : err ? -1 : 0;
        resolve({ stdout, stderr, code });
      },
    );
  });
}

async function showStatus(): Promise<void> {
  const folder = await targetFolder();
  if (!folder) {
    void vscode.window.showErrorMessage(msg('noFolder'));
    return;
  }
  const r = await runGoalie(['status', ...cliFlags(), '--color', 'never', folder], folder).catch(() => undefined);
  if (!r) return;
  statusOutput.clear();
  statusOutput.append(r.stdout);
  if (r.stderr) statusOutput.append(r.stderr);
  statusOutput.show(true);
  // `status` exits 2 on a usage or I/O failure only.
  if (r.code === 2 || r.code < 0) {
    void vscode.window.showErrorMessage(msg('commandFailed', 'status', r.code, firstLine(r.stderr)));
  }
}

async function openReport(): Promise<void> {
  const folder = await targetFolder();
  if (!folder) {
    void vscode.window.showErrorMessage(msg('noFolder'));
    return;
  }
  const file = path.join(os.tmpdir(), `goalie-report-${process.pid}-${Date.now()}.html`);
  const r = await runGoalie(['report', ...cliFlags(), '--html', file, folder], folder).catch(() => undefined);
  if (!r) return;
  if (!fs.existsSync(file)) {
    void vscode.window.showErrorMessage(msg('commandFailed', 'report', r.code, firstLine(r.stderr)));
    return;
  }
  const panel = vscode.window.createWebviewPanel(
    'goalie.report',
    msg('reportTitle', path.basename(folder)),
    vscode.ViewColumn.Beside,
    // The report is self-contained (inline scripts and styles, no network).
    { enableScripts: true, retainContextWhenHidden: true },
  );
  panel.webview.html = fs.readFileSync(file, 'utf8');
  const browser = msg('openInBrowser');
  void vscode.window.showInformationMessage(file, browser).then((c) => {
    if (c === browser) void vscode.env.openExternal(vscode.Uri.file(file));
  });
}

async function logProgress(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'goals') {
    void vscode.window.showErrorMessage(msg('noEditor'));
    return;
  }
  if (!client || !client.isRunning()) {
    void vscode.window.showErrorMessage(msg('notRunning'));
    return;
  }
  const value = await vscode.window.showInputBox({
    prompt: msg('valuePrompt'),
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() === '' ? msg('valueRequired') : undefined),
  });
  if (value === undefined) return;
  const note = await vscode.window.showInputBox({ prompt: msg('notePrompt'), ignoreFocusOut: true });
  if (note === undefined) return;
  const pos = editor.selection.active;
  const arg: Record<string, unknown> = {
    uri: editor.document.uri.toString(),
    position: { line: pos.line, character: pos.character },
    value: value.trim(),
  };
  if (note.trim() !== '') arg.note = note.trim();
  const today = vscode.workspace.getConfiguration('goalie').get<string>('today', '');
  if (today) arg.date = today;
  try {
    const res = (await client.sendRequest(ExecuteCommandRequest.type, {
      command: SERVER_LOG_COMMAND,
      arguments: [arg],
    })) as { id?: string; uri?: string } | null;
    const open = msg('open');
    const where = res?.uri ? vscode.Uri.parse(res.uri) : undefined;
    const shown = where && where.toString() !== editor.document.uri.toString();
    const choice = await vscode.window.showInformationMessage(
      msg('logged', value.trim(), res?.id ?? '?'),
      ...(shown ? [open] : []),
    );
    if (choice === open && where) await vscode.window.showTextDocument(where);
  } catch (e) {
    void vscode.window.showErrorMessage(msg('logFailed', e instanceof Error ? e.message : String(e)));
  }
}

function firstLine(s: string): string {
  return s.split('\n').find((l) => l.trim() !== '') ?? '';
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionContext = context;
  ensureBundledExecutable(context.extensionPath);
  output = vscode.window.createOutputChannel('goalie');
  statusItem = vscode.languages.createLanguageStatusItem('goalie.server', { language: 'goals' });
  statusItem.name = 'goalie';
  statusOutput = vscode.window.createOutputChannel('goalie status');
  context.subscriptions.push(
    output,
    statusOutput,
    vscode.commands.registerCommand('goalie.restartServer', restartServer),
    vscode.commands.registerCommand('goalie.showStatus', showStatus),
    vscode.commands.registerCommand('goalie.openReport', openReport),
    vscode.commands.registerCommand('goalie.logProgress', logProgress),
    vscode.commands.registerCommand('goalie.showInstallInstructions', showInstallInstructions),
    statusItem,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('goalie.server.path')) void restartServer();
    }),
  );
  await startClient();
}

export async function deactivate(): Promise<void> {
  await stopClient();
}
