/*
 * `npm run dist -- <electron-builder arguments>` (after `npm run build`): runs electron-builder
 * with electron-builder.yml and the office's details from build/product.json (or WORKBENCH_*),
 * refusing to build a .deb that would carry a placeholder maintainer.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { builderOverrides, productSettings } from './productSettings';

const root = process.cwd();
const args = process.argv.slice(3).filter((arg, i) => !(i === 0 && arg === '--'));
const settings = productSettings(
  JSON.parse(await readFile(path.join(root, 'build/product.json'), 'utf8')),
  process.env,
);
const decision = builderOverrides(settings, args, process.platform);
if ('refusal' in decision) {
  console.error(decision.refusal);
  process.exit(1);
}
const cli = createRequire(path.join(root, 'package.json')).resolve('electron-builder/cli.js');
const child = spawn(process.execPath, [cli, '--config', 'electron-builder.yml', ...decision.overrides, ...args], {
  stdio: 'inherit',
  cwd: root,
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
