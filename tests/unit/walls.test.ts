import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Each wall of eslint/walls.js (docs/architecture.md), proved by linting a file that breaks it:
// the same line from a room allowed to write it passes.
const eslint = new ESLint({ cwd: process.cwd() });

async function wallsIn(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages
    .filter((m) => m.ruleId === 'local/walls' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

const cases: [wall: string, file: string, code: string, allowedFile: string][] = [
  [
    'a system reaches another only through its public entry',
    'renderer/systems/meetings/data/x.ts',
    "import { supervisionWriteTables } from '../../supervision/data/supervisionItemsWrite';",
    'renderer/systems/supervision/data/x.ts',
  ],
  [
    'shared rules of one system reach another only through its index',
    'shared/systems/meetings/x.ts',
    "import type { Unit } from '../registry/unit';",
    'shared/systems/registry/x.ts',
  ],
  [
    'the core never imports a system',
    'renderer/core/dashboard/x.tsx',
    "import { MeetingsDashboardCard } from '../../systems/meetings/cards/MeetingsDashboardCard';",
    'renderer/app/x.ts',
  ],
  [
    'the shared core never imports a system',
    'shared/core/documents/x.ts',
    "import '../../systems/meetings';",
    'shared/systems/supervision/x.ts',
  ],
  [
    'the UI kit never imports the data layer',
    'renderer/core/ui/x.tsx',
    "import { settingsRepo } from '../data/settingsRepo';",
    'renderer/core/settings/x.tsx',
  ],
  [
    'only repositories touch the database',
    'renderer/systems/meetings/screens/x.tsx',
    "import { getDb } from '../../../core/data/db';",
    'renderer/systems/meetings/data/x.ts',
  ],
  [
    'only repositories import Dexie',
    'renderer/systems/meetings/screens/x.tsx',
    "import Dexie from 'dexie';",
    'renderer/systems/meetings/data/x.ts',
  ],
  [
    'the preload never imports main',
    'electron/preload/x.ts',
    "import { handle } from '../main/ipc/handle';",
    'electron/main/x.ts',
  ],
  [
    'the web host uses plain Node services, not the Electron glue',
    'webhost/x.ts',
    "import { printing } from '../electron/main/services/printing';",
    'electron/main/services/x.ts',
  ],
  [
    'plain Node services never import Electron',
    'electron/node/x.ts',
    "import { app } from 'electron';",
    'electron/main/x.ts',
  ],
  ['shared code is pure', 'shared/core/x.ts', "import { useState } from 'react';", 'renderer/core/x.ts'],
  [
    'shared code uses no browser globals',
    'shared/core/x.ts',
    'export const w = window.innerWidth;',
    'renderer/core/x.ts',
  ],
  [
    'shared code uses no Node globals',
    'shared/systems/meetings/x.ts',
    'export const cwd = process.cwd();',
    'renderer/core/x.ts',
  ],
  [
    'nothing imports the composition root',
    'renderer/core/shell/x.ts',
    "import { SYSTEMS } from '../../app/systems';",
    'renderer/app/x.ts',
  ],
];

describe('the walls lint keeps', () => {
  it.each(cases)('%s', async (_wall, file, code, allowedFile) => {
    expect(await wallsIn(file, code)).toHaveLength(1);
    expect(await wallsIn(allowedFile, code)).toEqual([]);
  });
});
