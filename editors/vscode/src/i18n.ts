// The extension's own messages in English and French. Contributed strings
// (command titles, setting descriptions) are in package.nls*.json.

export type Lang = 'en' | 'fr';

const messages = {
  noServer: {
    en: 'goalie: the language server was not found. Install goalie with `pipx install goalie-cli` or `npm install -g goalie` (no Rust needed), or from a release archive, then restart the server; or set `goalie.server.path`.',
    fr: 'goalie : le serveur de langage est introuvable. Installez goalie avec `pipx install goalie-cli` ou `npm install -g goalie` (sans Rust), ou depuis une archive de version, puis redémarrez le serveur ; ou réglez `goalie.server.path`.',
  },
  badSetting: {
    en: 'goalie: `goalie.server.path` is set to “{0}”, which is not an executable file.',
    fr: 'goalie : `goalie.server.path` vaut « {0} », qui n’est pas un fichier exécutable.',
  },
  installInstructions: { en: 'Install instructions', fr: 'Instructions d’installation' },
  openSettings: { en: 'Open settings', fr: 'Ouvrir les réglages' },
  startFailed: {
    en: 'goalie: the language server ({0}) could not start: {1}',
    fr: 'goalie : le serveur de langage ({0}) n’a pas pu démarrer : {1}',
  },
  showOutput: { en: 'Show output', fr: 'Afficher la sortie' },
  restarted: { en: 'goalie: language server restarted ({0}).', fr: 'goalie : serveur de langage redémarré ({0}).' },
  noFolder: {
    en: 'goalie: open a folder or a .goals file first.',
    fr: 'goalie : ouvrez d’abord un dossier ou un fichier .goals.',
  },
  pickFolder: { en: 'Which folder?', fr: 'Quel dossier ?' },
  commandFailed: {
    en: 'goalie {0} failed (exit code {1}): {2}',
    fr: 'goalie {0} a échoué (code de sortie {1}) : {2}',
  },
  reportTitle: { en: 'goalie report — {0}', fr: 'Rapport goalie — {0}' },
  openInBrowser: { en: 'Open in browser', fr: 'Ouvrir dans le navigateur' },
  noEditor: {
    en: 'goalie: put the cursor on an item of a .goals file first.',
    fr: 'goalie : placez d’abord le curseur sur un élément d’un fichier .goals.',
  },
  notRunning: {
    en: 'goalie: the language server is not running.',
    fr: 'goalie : le serveur de langage ne tourne pas.',
  },
  valuePrompt: {
    en: 'Value to log: a count (17), an increment (+3), a measurement (24%, 12 500 €), done, dropped, or confidence 60%',
    fr: 'Valeur à noter : un compte (17), un ajout (+3), une mesure (24 %, 12 500 €), fait, abandonné, ou confiance 60 %',
  },
  valueRequired: { en: 'A value is required.', fr: 'Une valeur est nécessaire.' },
  notePrompt: {
    en: 'Note (optional): press Enter to skip',
    fr: 'Note (facultative) : Entrée pour passer',
  },
  logged: { en: 'goalie: logged “{0}” for {1}.', fr: 'goalie : « {0} » noté pour {1}.' },
  open: { en: 'Open', fr: 'Ouvrir' },
  statusRunning: { en: 'goalie {0}', fr: 'goalie {0}' },
  statusStarting: { en: 'goalie: starting…', fr: 'goalie : démarrage…' },
  statusMissing: { en: 'goalie: no server', fr: 'goalie : pas de serveur' },
  statusFailed: { en: 'goalie: server stopped', fr: 'goalie : serveur arrêté' },
  restart: { en: 'Restart', fr: 'Redémarrer' },
  logFailed: { en: 'goalie: could not log progress: {0}', fr: 'goalie : impossible de noter l’avancement : {0}' },
} as const;

export type MessageKey = keyof typeof messages;

/** `fr` for any French locale (fr, fr-CA…), else `en`. */
export function langOf(setting: string | undefined, uiLanguage: string): Lang {
  if (setting === 'en' || setting === 'fr') return setting;
  return uiLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function t(lang: Lang, key: MessageKey, ...args: Array<string | number>): string {
  return messages[key][lang].replace(/\{(\d+)\}/g, (m, i: string) => {
    const a = args[Number(i)];
    return a === undefined ? m : String(a);
  });
}

export const allMessages = messages;
