import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, zhCN } from '../support/texts';
import { MEETING_REFUSALS } from '../../shared/systems/meetings/refusals';

const has = (res: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], res) !==
  undefined;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

describe('meeting texts', () => {
  it('says in both languages why each refused step was refused', () => {
    const missing = MEETING_REFUSALS.flatMap((code) =>
      [zhCN, en].filter((res) => !has(res, `meetings.refusals.${code}`)).map(() => code),
    );
    expect(missing).toEqual([]);
  });

  it('has both languages’ text for every rule and field key the meeting code hands to the screens', () => {
    const sources = [...files('shared/systems/meetings'), ...files('renderer/systems/meetings/data')]
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const keys = [
      ...new Set(
        [...sources.matchAll(/'(meetings\.(?:rules|fields|task|draft|proceedings)\.[A-Za-z]+)'/g)].map((m) => m[1]),
      ),
    ];
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((k) => !has(zhCN, k) || !has(en, k))).toEqual([]);
  });
});
