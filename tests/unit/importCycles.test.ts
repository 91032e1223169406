import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles } from '../../scripts/importCycles.mjs';

describe('import cycles', () => {
  it('names the files of a loop, type imports and re-exports included', () => {
    const root = mkdtempSync(join(tmpdir(), 'cycles-'));
    mkdirSync(join(root, 'renderer'));
    writeFileSync(join(root, 'renderer/page.tsx'), "import type { Tab } from './stepper';\nexport type Page = 1;");
    writeFileSync(join(root, 'renderer/stepper.tsx'), "export { Page as Tab } from './page';");
    writeFileSync(join(root, 'renderer/alone.ts'), "import './stepper';");
    expect(findCycles(root, ['renderer'])).toEqual([['renderer/page.tsx', 'renderer/stepper.tsx']]);
  });

  it('finds none in the app', () => {
    expect(findCycles(process.cwd(), ['renderer', 'shared', 'electron', 'webhost'])).toEqual([]);
  });
});
