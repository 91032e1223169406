import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../renderer/core/sample/random';
import { addDays } from '../../core/common/localDate';
import { countHistogram, deadlineBounds } from './deadline';
import { countChanges, countPacked, countRowsOf, packHistogram, storedDueOn, unpackHistogram } from './counts';

const bounds = deadlineBounds('2026-06-10', { dueSoonDays: 7 });

describe('kept counts', () => {
  it('packs a histogram and reads it back, counts beyond 32 767 on one date included', () => {
    const histogram = { '2026-06-09': 3, '2026-06-10': 1, '2027-01-01': 40_000, '2001-03-04': 2 };
    expect(unpackHistogram(packHistogram(histogram))).toEqual(histogram);
    expect(packHistogram({})).toBe('');
  });

  it('counts a packed histogram exactly as the unpacked one, for any day', () => {
    const rng = createRandom('packed');
    for (let round = 0; round < 20; round++) {
      const histogram: Record<string, number> = {};
      for (let i = 0; i < 200; i++) histogram[addDays('2026-01-01', rng.int(0, 500))] = rng.int(1, 9);
      const today = addDays('2026-01-01', rng.int(0, 500));
      const b = deadlineBounds(today, { dueSoonDays: rng.int(1, 30) });
      expect(countPacked(packHistogram(histogram), b)).toEqual(countHistogram(histogram, b));
    }
  });

  it('keeps dates outside 2000–2151 at the ends of the range, which does not change what is overdue', () => {
    expect(storedDueOn('1999-05-01')).toBe('2000-01-01');
    expect(storedDueOn('2026-06-10')).toBe('2026-06-10');
    expect(countPacked(packHistogram({ [storedDueOn('1990-01-01')]: 1 }), bounds)).toEqual({
      open: 1,
      dueSoon: 0,
      overdue: 1,
    });
    // Counted in at the clamped date and out at the same date: nothing is left behind.
    const item = { unitId: 'u', source: 'meeting' as const, dueOn: '1999-12-31', status: 'open' as const };
    expect(countChanges(null, item).map((c) => c.dueOn)).toEqual(['2000-01-01', '2000-01-01', '2000-01-01']);
    expect(countChanges(item, { ...item, status: 'closed' }).map((c) => [c.dueOn, c.delta])).toEqual([
      ['2000-01-01', -1],
      ['2000-01-01', -1],
      ['2000-01-01', -1],
    ]);
  });

  it('counts only open and answered items, overall, per unit and per source', () => {
    const rows = countRowsOf([
      { unitId: 'a', source: 'check', dueOn: '2026-06-01', status: 'open' },
      { unitId: 'a', source: 'meeting', dueOn: '2026-06-12', status: 'replied' },
      { unitId: 'b', source: 'check', dueOn: '2026-06-01', status: 'closed' },
    ]);
    const byKey = Object.fromEntries(rows.map((r) => [r.key, countPacked(r.packed, bounds)]));
    expect(byKey).toEqual({
      all: { open: 2, overdue: 1, dueSoon: 1 },
      'unit:a': { open: 2, overdue: 1, dueSoon: 1 },
      'source:check': { open: 1, overdue: 1, dueSoon: 0 },
      'source:meeting': { open: 1, overdue: 0, dueSoon: 1 },
    });
  });
});
