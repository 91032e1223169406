import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBundle, root } from './bundles';

/*
 * dist/renderer/licenses.json, written by the build (scripts/licenses.mjs) and shown on Settings →
 * 关于: every library in the bundles, with its licence. Checked against the bundles themselves.
 */

interface Entry {
  name: string;
  version: string;
  license: string;
  text: string | null;
  bundles: string[];
  inside?: string;
}

function licences(): Entry[] {
  const file = path.join(root, 'dist/renderer/licenses.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the smoke tests`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { packages: Entry[] }).packages;
}

const named = (name: string) => licences().find((entry) => entry.name === name);

describe('the licence list the build writes', () => {
  it('names every package esbuild put into the main process and preload bundles', () => {
    // Unminified esbuild output marks each input file with a `// node_modules/<package>/…` comment.
    for (const [bundle, file] of [
      ['main', 'main.cjs'],
      ['preload', 'preload.cjs'],
    ] as const) {
      const inBundle = new Set(
        [...readBundle(file).matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map((m) => m[1]),
      );
      for (const name of inBundle) expect(named(name)?.bundles, `${name} in ${file}`).toContain(bundle);
    }
    expect(named('zod')?.bundles).toContain('main');
    // The 立卷归档 zip is made by the page since archives cross in pieces: fflate left main.
    expect(named('fflate')?.bundles).not.toContain('main');
    expect(named('fflate')?.bundles).toContain('renderer');
  });

  it("names the renderer's libraries, those inside pre-built ones, and Electron itself", () => {
    for (const name of ['react', 'react-dom', '@mantine/core', 'dexie', 'i18next', 'docx', 'exceljs', 'papaparse'])
      expect(named(name)?.bundles, name).toContain('renderer');
    expect(named('jszip')).toMatchObject({ inside: 'exceljs' });
    expect(named('electron')).toMatchObject({ license: 'MIT', bundles: ['runtime'] });
  });

  it('gives each its licence, with the text wherever the package ships one', () => {
    const all = licences();
    // Those only inside a pre-built file are listed from its dependency tree, some of them declaring
    // none (buffers@0.1.1 under exceljs's unzipper): they show "no licence stated". The rest all have one.
    expect(all.filter((entry) => !entry.inside && entry.license === 'UNKNOWN')).toEqual([]);
    expect(all.filter((entry) => entry.text).length).toBeGreaterThan(all.length * 0.9);
    expect(named('react')?.text).toMatch(/MIT License/);
    expect(named('dexie')?.text).toMatch(/Apache License/);
  });

  it('lists no build tool: they are not in the app', () => {
    const names = new Set(licences().map((entry) => entry.name));
    for (const tool of [
      'vite',
      'vitest',
      'typescript',
      'eslint',
      'electron-builder',
      '@playwright/test',
      'prettier',
      'esbuild',
    ])
      expect(names.has(tool), tool).toBe(false);
  });
});
