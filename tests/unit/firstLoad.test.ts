import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLoadPackages } from '../../scripts/firstLoad.mjs';

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
