import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_SETTINGS } from '../../../../shared/core/office/office';
import { localDate } from '../../../../shared/core/common/localDate';
import { CHECK_METHODS, CHECK_STATUSES, type Check } from '../../../../shared/systems/supervision/check';
import {
  deadlineBounds,
  deadlineState,
  DEFAULT_DEADLINE_SETTINGS,
} from '../../../../shared/systems/supervision/deadline';
import { ITEM_STATUSES, type SupervisionItem } from '../../../../shared/systems/supervision/item';
import { verifyDraw } from '../../../../shared/systems/supervision/randomDraw';
import { generateRegistry } from '../../registry/sample/generateRegistry';
import { generateSupervision } from './generateSupervision';
import { supervisionManifest } from '../manifest';
import { supervisionSample } from '.';
import { SYSTEMS } from '../../../app/systems';

const NOW = new Date('2026-11-25T09:00:00');
const registry = generateRegistry({ seed: 2026, unitCount: 400, peopleCount: 600, now: NOW });
const year = () => generateSupervision({ seed: 2026, now: NOW, ...registry, office: DEFAULT_OFFICE_SETTINGS });

describe('sample year of supervision', () => {
  it('is loaded with the sample office, after the registry it refers to', async () => {
    expect(await supervisionManifest.sample.load()).toBe(supervisionSample);
    expect(SYSTEMS.indexOf(supervisionManifest)).toBeGreaterThan(SYSTEMS.findIndex((s) => s.id === 'registry'));
  });

  it('holds checks of every method and status, with reproducible draws, and items in every state', () => {
    const tables = year();
    const checks = tables.checks as Check[];
    const items = tables.supervisionItems as SupervisionItem[];
    expect(new Set(checks.map((c) => c.method))).toEqual(new Set(CHECK_METHODS));
    expect(new Set(checks.map((c) => c.status))).toEqual(new Set(CHECK_STATUSES));
    for (const c of checks.filter((c) => c.draw)) expect(verifyDraw(c.draw!)).toBe(true);
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(ITEM_STATUSES));
    const bounds = deadlineBounds(localDate(NOW), DEFAULT_DEADLINE_SETTINGS);
    expect(new Set(items.map((i) => deadlineState(i, bounds)))).toEqual(
      new Set(['done', 'onTrack', 'dueSoon', 'overdue']),
    );
    expect(new Set(items.map((i) => i.source))).toEqual(new Set(['check', 'instruction', 'taskList']));
    expect(tables.findings.length).toBeGreaterThan(5);
    expect(tables.explanations.length).toBeGreaterThan(0);
    // One item withdrawn (out of every open list), one unit's request for more time awaiting the leader.
    expect(items.filter((i) => i.status === 'withdrawn').map((i) => [!!i.withdrawal?.reason, i.openKey])).toEqual([
      [true, undefined],
    ]);
    expect(
      items.filter((i) => i.extensions?.length).map((i) => [deadlineState(i, bounds), i.extensions![0].decision]),
    ).toEqual([['overdue', undefined]]);
  });

  it('marks every row as sample and numbers its slips in a sample series, never the office’s own', () => {
    const tables = year();
    for (const [name, rows] of Object.entries(tables))
      if (name !== 'docSequences') for (const row of rows) expect(row.isSample, name).toBe(1);
    for (const doc of tables.documents as Array<{ number: string }>)
      expect(doc.number.startsWith('示例海人才督〔')).toBe(true);
    expect(tables.docSequences).toEqual(expect.arrayContaining([expect.objectContaining({ prefix: '示例海人才督' })]));
  });

  it('gives the same rows for the same seed and instant', () => {
    expect(year()).toEqual(year());
  });
});
