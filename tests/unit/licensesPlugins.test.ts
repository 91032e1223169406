import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { licensesPlugins } from '../../scripts/licenses.mjs';

/*
 * The licence list's Vite plugins (scripts/licenses.mjs) as Vite calls them: a web worker is a
 * bundle of its own, generated (never written) through worker.plugins before the page's bundle is
 * written, so a library only a worker uses must still reach licenses.json.
 */

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function fakePackage(name: string, license: string): string {
  const dir = path.join(root, 'node_modules', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', license }));
  writeFileSync(path.join(dir, 'LICENSE'), `${license} licence of ${name}`);
  return path.join(dir, 'index.js');
}

/** A Rollup bundle of one chunk holding `modules`, and the plugin context that knows their imports. */
function rollup(modules: string[]) {
  const bundle = { 'a.js': { type: 'chunk', modules: Object.fromEntries(modules.map((id) => [id, {}])) } };
  const context = { getModuleInfo: () => ({ importedIds: [] }) };
  return { bundle, context };
}

type Hook = (this: unknown, options: unknown, bundle: unknown) => void;

describe('the licence list of the renderer build', () => {
  it('names the libraries only a web worker bundles, beside those of the page', () => {
    root = mkdtempSync(path.join(tmpdir(), 'licences-'));
    const plugins = licensesPlugins();
    const configResolved = plugins.app.configResolved as (config: unknown) => void;
    configResolved({ root: path.join(root, 'renderer'), build: { outDir: '../dist/renderer' } });
    mkdirSync(path.join(root, 'dist/renderer'), { recursive: true });

    const worker = rollup([fakePackage('only-in-worker', 'BSD-3-Clause')]);
    (plugins.worker.generateBundle as Hook).call(worker.context, {}, worker.bundle);
    const page = rollup([fakePackage('page-lib', 'MIT'), path.join(root, 'renderer/main.tsx')]);
    (plugins.app.writeBundle as Hook).call(page.context, {}, page.bundle);

    const { packages } = JSON.parse(readFileSync(path.join(root, 'dist/renderer/licenses.json'), 'utf8'));
    expect(packages).toEqual([
      expect.objectContaining({ name: 'only-in-worker', license: 'BSD-3-Clause', bundles: ['renderer'] }),
      expect.objectContaining({ name: 'page-lib', license: 'MIT', text: 'MIT licence of page-lib' }),
    ]);
  });
});
