import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../renderer/core/i18n/locales/en/documents.json';
import zhCN from '../../renderer/core/i18n/locales/zh-CN/documents.json';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('sheets exported from the app', () => {
  // Every sheet of records goes out through saveRecordedXlsx, which puts it in the print register:
  // the register names each kind in words, never by its code (pointsSheet once showed raw).
  const exporters = sources('renderer').filter((file) => /saveRecordedXlsx\(/.test(readFileSync(file, 'utf8')));
  const kinds = exporters.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/kind: '(\w+)'/g)].map((m) => m[1]),
  );

  it('are saved through the registering helper by every list, report and log that exports one', () => {
    expect(exporters.length).toBeGreaterThanOrEqual(8);
    expect(kinds).toEqual(
      expect.arrayContaining(['unitsSheet', 'peopleSheet', 'resultsSheet', 'pointsSheet', 'satisfactionSheet']),
    );
  });

  it('are each named in the print register in both languages', () => {
    const zh = zhCN.printRegister.kinds as Record<string, string>;
    const english = en.printRegister.kinds as Record<string, string>;
    for (const kind of kinds) {
      expect(zh[kind], `${kind} zh-CN`).toBeTruthy();
      expect(english[kind], `${kind} en`).toBeTruthy();
    }
  });
});
