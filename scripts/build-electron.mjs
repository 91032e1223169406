// Bundles the Electron main process and the preload into dist-electron/ (CommonJS, as Electron
// loads them). Sandboxed preloads can require only 'electron' and a few built-ins, so everything
// else — shared/ code, zod — is bundled in; 'electron' is provided at run time.
import { build } from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { LICENSES_FILE, packageDirsOf, recordLicenses } from './licenses.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: false,
  minify: false,
  legalComments: 'none',
  logLevel: 'info',
  absWorkingDir: root,
  metafile: true,
};

const [main, preload] = await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist-electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist-electron/preload.cjs' }),
]);

// The libraries these bundles hold, and Electron itself, join the renderer's in licenses.json.
const licences = path.join(root, 'dist/renderer', LICENSES_FILE);
mkdirSync(path.dirname(licences), { recursive: true });
const inputs = (result) => Object.keys(result.metafile.inputs).map((input) => path.resolve(root, input));
recordLicenses(licences, 'main', packageDirsOf(inputs(main)));
recordLicenses(licences, 'preload', packageDirsOf(inputs(preload)));
if (existsSync(path.join(root, 'node_modules/electron'))) {
  recordLicenses(licences, 'runtime', [path.join(root, 'node_modules/electron')]);
}
