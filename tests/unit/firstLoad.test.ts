import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLoadPackages } from '../../scripts/firstLoad.mjs';
import { earlyStartPlugin } from '../../scripts/earlyStart.mjs';

describe('the first load', () => {
  it('follows value imports through files, not type imports nor import()', () => {
    const root = mkdtempSync(join(tmpdir(), 'first-load-'));
    mkdirSync(join(root, 'app'));
    writeFileSync(join(root, 'app/main.ts'), "import { rows } from './tables';\nimport type { Big } from 'exceljs';");
    writeFileSync(join(root, 'app/tables.ts'), "export { open } from './rules';\nconst x = () => import('docx');");
    writeFileSync(join(root, 'app/rules.ts'), "import { type Z } from 'echarts';\nimport { z } from 'zod';");
    const found = firstLoadPackages(root, 'app/main.ts');
    expect([...found.keys()]).toEqual(['zod']);
    expect(found.get('zod')).toEqual(['app/main.ts', 'app/tables.ts', 'app/rules.ts']);
  });

  it('the sign-in screen needs only React and i18next: Dexie and every other library load when first used', () => {
    // The accounts are counted by the page's first script; the database opens after the first frame.
    const found = firstLoadPackages(process.cwd(), 'renderer/app/main.tsx');
    const extra = [...found].filter(([name]) => !['react', 'react-dom', 'i18next', 'react-i18next'].includes(name));
    expect(Object.fromEntries(extra.map(([name, path]) => [name, path.join(' → ')]))).toEqual({});
  });
});

describe("the built page's first requests", () => {
  it('ask for no script before the modules: the early script is inline, not a file of its own', () => {
    const html = readFileSync('renderer/index.html', 'utf8').replace(
      '<script type="module" src="./app/main.tsx"></script>',
      '<script type="module" crossorigin src="./assets/index-abc.js"></script>',
    );
    const emitted: unknown[] = [];
    const bundle = {
      'index.html': { type: 'asset', source: html },
      'assets/zh-CN-abc.js': {
        type: 'chunk',
        fileName: 'assets/zh-CN-abc.js',
        facadeModuleId: '/r/core/i18n/locales/zh-CN/index.ts',
      },
      'assets/en-def.js': {
        type: 'chunk',
        fileName: 'assets/en-def.js',
        facadeModuleId: '/r/core/i18n/locales/en/index.ts',
      },
    };
    const plugin = earlyStartPlugin() as unknown as {
      generateBundle(this: object, options: object, bundle: object): void;
    };
    plugin.generateBundle.call(
      {
        emitFile: (file: unknown) => emitted.push(file),
        error: (m: string) => {
          throw new Error(m);
        },
      },
      {},
      bundle,
    );
    const built = String(bundle['index.html'].source);
    expect(emitted).toEqual([]);
    expect([...built.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1])).toEqual(['./assets/index-abc.js']);
    expect(built).toContain(`import(chunks[language])`);
  });
});
