// Bundles the extension into out/extension.js (one file, so the .vsix needs
// no node_modules), and out/serverPath.js for the unit tests.
import * as esbuild from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  // `--production` (the .vsix): minified, no source map.
  sourcemap: !process.argv.includes('--production'),
  minify: process.argv.includes('--production'),
  logLevel: 'warning',
};
const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'out/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/serverPath.ts'], outfile: 'out/serverPath.js' },
  { ...common, entryPoints: ['src/i18n.ts'], outfile: 'out/i18n.js' },
];
if (process.argv.includes('--watch')) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
