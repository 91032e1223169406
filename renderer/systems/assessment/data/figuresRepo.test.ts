import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../../tests/support/testDb';
import { sampleRepo } from '../../../core/data/sampleRepo';
import { resultsRepo } from '../../evaluation/data/resultsRepo';
import { reportsRepo } from '../../incentives/data/reportsRepo';
import { supervisionReportsRepo } from '../../supervision/data/supervisionReportsRepo';
import { CONTENT_ITEMS, satisfiedRateTenths } from '../../../../shared/systems/evaluation';
import { figuresRepo } from './figuresRepo';
import { snapshotsRepo } from './snapshotsRepo';
import { compareParts, gridRows } from '../../../../shared/systems/assessment';

const NOW = new Date('2026-11-25T09:00:00');
const TODAY = '2026-11-25';
const YEAR = 2026;

describe('the annual assessment reads each system through its manifest', () => {
  it('gives for the sample year the figures each system’s own reports give, unit by unit', async () => {
    freshDb();
    await sampleRepo.load({ now: NOW });
    const live = await figuresRepo.live(YEAR, TODAY);
    const part = (id: string) => live.parts.find((p) => p.id === id)!;
    expect(live.parts.map((p) => p.id)).toEqual(['supervision', 'bonusPoints', 'satisfaction']);

    const supervision = await supervisionReportsRepo.yearSummaries(YEAR, TODAY);
    expect(supervision.length).toBeGreaterThan(3);
    expect(part('supervision').units).toHaveLength(supervision.length);
    for (const s of supervision) {
      const v = part('supervision').units.find((u) => u.unitId === s.unitId)!.values;
      expect(v).toMatchObject({
        total: s.total,
        closedOnTime: s.closedOnTime,
        overdueOpen: s.overdueOpen,
        rate: s.rate,
      });
      expect(v).toMatchObject({ visits: s.visits, ...s.ratings, explanations: s.explanations });
      expect((v.closedOnTime ?? 0) + (v.closedLate ?? 0) + (v.open ?? 0)).toBe(s.total);
    }
    expect(supervision.some((s) => s.overdueOpen > 0)).toBe(true);
    const overdueUnit = supervision.find((s) => s.overdueOpen > 0)!;
    const overdueDays = part('supervision').units.find((u) => u.unitId === overdueUnit.unitId)!.values.overdueDays;
    expect(overdueDays).toBeGreaterThanOrEqual(overdueUnit.overdueOpen);

    const points = await reportsRepo.unitYear(YEAR);
    const ledger = await reportsRepo.assessment(YEAR);
    expect(points.length).toBeGreaterThan(3);
    for (const r of points) {
      const v = part('bonusPoints').units.find((u) => u.unitId === r.unitId)!.values;
      expect(v.total).toBe(r.total);
      expect(v.total).toBe(ledger.get(r.unitId) ?? 0);
      for (const rule of r.rules) expect(v[`rule${rule.rule}`]).toBe(rule.tenths);
      expect(v.revoked).toBe(r.rules.reduce((s, x) => s + x.revokedTenths, 0));
    }

    const matrix = await resultsRepo.matrix(YEAR, { granularity: 'year', level: 'item' });
    expect(part('satisfaction').units).toHaveLength(matrix.size);
    for (const [unitId, byContent] of matrix)
      for (const item of CONTENT_ITEMS) {
        const tally = byContent.get(item)?.get(String(YEAR));
        const v = part('satisfaction').units.find((u) => u.unitId === unitId)!.values;
        expect(v[`${item}.n`]).toBe(tally?.n ?? 0);
        expect(v[`${item}.satisfied`]).toBe(tally?.satisfied ?? 0);
        expect(v[`${item}.rate`]).toBe(tally ? satisfiedRateTenths(tally) : null);
      }

    // Every unit of the registry has a row, and every figure opens its records in its system.
    const rows = gridRows(live.parts, await figuresRepo.units());
    expect(rows.length).toBe((await figuresRepo.units()).length);
    const s0 = supervision[0];
    expect(live.links.get('supervision')!.get(s0.unitId)!.overdueOpen).toEqual({
      path: 'supervision',
      sub: `items.unit.${s0.unitId}.overdue`,
    });
  });

  it('freezes a year as reported: later edits change the live figures, never the snapshot', async () => {
    const db = freshDb();
    await sampleRepo.load({ now: NOW });
    const frozen = await snapshotsRepo.freeze(YEAR, TODAY, '报领导小组');
    expect(frozen).toMatchObject({ year: YEAR, takenBy: '王管理', countedOn: TODAY, note: '报领导小组' });
    expect(compareParts(frozen.parts, (await figuresRepo.live(YEAR, TODAY)).parts)).toEqual([]);
    const [item] = await db.supervisionItems.where('year').equals(YEAR).limit(1).toArray();
    await db.supervisionItems.delete(item.id);
    const changes = compareParts(frozen.parts, (await figuresRepo.live(YEAR, TODAY)).parts);
    expect(changes).toContainEqual(
      expect.objectContaining({ unitId: item.unitId, partId: 'supervision', columnId: 'total' }),
    );
    const again = await snapshotsRepo.get(frozen.id);
    expect(again?.parts).toEqual(frozen.parts);
    const audit = await db.audit.where('entity').equals('assessmentSnapshots').toArray();
    expect(audit).toHaveLength(1);
  });
});
