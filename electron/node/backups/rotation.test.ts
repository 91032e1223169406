import { describe, expect, it } from 'vitest';
import { chooseToKeep, type RotationCandidate } from './rotation';

// Local-time dates throughout: the rule is about the user's calendar day, whatever the zone.
const at = (day: number, hour: number, minute = 0, second = 0, ms = 0) =>
  new Date(2025, 2, day, hour, minute, second, ms);
const backup = (label: string, createdAt: Date): RotationCandidate => ({ path: `/backups/${label}`, createdAt });
const label = (p: string) => p.replace('/backups/', '');
const kept = (set: Set<string>) => [...set].map(label).sort();

// Two on the 1st, three on the 3rd, one on the 4th, nothing on the 5th and 6th, two on the 7th.
const history = [
  backup('01-0900', at(1, 9)),
  backup('01-1700', at(1, 17)),
  backup('03-0800', at(3, 8)),
  backup('03-1200', at(3, 12)),
  backup('03-2000', at(3, 20)),
  backup('04-1000', at(4, 10)),
  backup('07-0900', at(7, 9)),
  backup('07-1130', at(7, 11, 30)),
];
const noon7 = at(7, 12);

describe('chooseToKeep', () => {
  it.each([
    ['nothing when both counts are 0', 0, 0, []],
    ['only the newest N when keepDaily is 0', 2, 0, ['07-0900', '07-1130']],
    ['everything when keepLast exceeds the backups there are', 100, 0, history.map((b) => label(b.path))],
    ["only today's newest when keepDaily is 1", 0, 1, ['07-1130']],
    ['the newest of each day in the window, days without a backup still counting', 0, 4, ['04-1000', '07-1130']],
    ['the newest of the 3rd once the window reaches it', 0, 5, ['03-2000', '04-1000', '07-1130']],
    [
      'one per day with a backup when keepDaily exceeds the history',
      0,
      365,
      ['01-1700', '03-2000', '04-1000', '07-1130'],
    ],
    ['the union of both rules, overlaps counted once', 3, 5, ['03-2000', '04-1000', '07-0900', '07-1130']],
    ['nothing for counts that are negative or not numbers', -1, Number.NaN, []],
    ['the whole part of a fractional count', 2.9, 1.5, ['07-0900', '07-1130']],
  ])('keeps %s (keepLast %s, keepDaily %s)', (_name, keepLast, keepDaily, expected) => {
    expect(kept(chooseToKeep(history, { keepLast, keepDaily, now: noon7 }))).toEqual([...expected].sort());
  });

  it('keeps nothing when there are no backups', () => {
    expect(chooseToKeep([], { keepLast: 3, keepDaily: 5, now: noon7 }).size).toBe(0);
  });

  it('does not depend on the order the backups are given in', () => {
    const reversed = [...history].reverse();
    expect(kept(chooseToKeep(reversed, { keepLast: 3, keepDaily: 5, now: noon7 }))).toEqual(
      kept(chooseToKeep(history, { keepLast: 3, keepDaily: 5, now: noon7 })),
    );
  });

  describe('with the clock at midnight', () => {
    const midnight = at(8, 0);
    const lastNight = [backup('07-0800', at(7, 8)), backup('07-235959', at(7, 23, 59, 59, 999))];

    it('counts a backup one millisecond before midnight as the previous day', () => {
      expect(kept(chooseToKeep(lastNight, { keepLast: 0, keepDaily: 2, now: midnight }))).toEqual(['07-235959']);
    });

    it('keeps nothing for today before the first backup of the day', () => {
      expect(kept(chooseToKeep(lastNight, { keepLast: 0, keepDaily: 1, now: midnight }))).toEqual([]);
    });

    it('counts a backup made exactly at midnight as the new day', () => {
      const withMidnight = [...lastNight, backup('08-0000', midnight)];
      expect(kept(chooseToKeep(withMidnight, { keepLast: 0, keepDaily: 1, now: midnight }))).toEqual(['08-0000']);
    });
  });

  it('breaks a tie between equal times by path, so the same backups are kept every time', () => {
    const twins = [backup('a', at(7, 9)), backup('b', at(7, 9))];
    expect(kept(chooseToKeep(twins, { keepLast: 1, keepDaily: 0, now: noon7 }))).toEqual(['b']);
    expect(kept(chooseToKeep([...twins].reverse(), { keepLast: 1, keepDaily: 0, now: noon7 }))).toEqual(['b']);
  });

  it('ranks a backup with an unreadable date below every dated one and never keeps it for a day', () => {
    const mixed = [backup('undated', new Date(Number.NaN)), backup('07-0900', at(7, 9))];
    expect(kept(chooseToKeep(mixed, { keepLast: 1, keepDaily: 5, now: noon7 }))).toEqual(['07-0900']);
  });

  it('keeps the newest 3 and one a day for 5 days across 10 simulated days', () => {
    const tenDays = Array.from({ length: 10 }, (_, i) => i + 1).flatMap((day) =>
      [9, 13, 18].map((hour) => backup(`${String(day).padStart(2, '0')}-${hour}`, at(day, hour))),
    );
    const keep = chooseToKeep(tenDays, { keepLast: 3, keepDaily: 5, now: at(10, 20) });
    expect(kept(keep)).toEqual(['06-18', '07-18', '08-18', '09-18', '10-13', '10-18', '10-9'].sort());
  });

  it('keeps the newest by the order they were written after the clock was set back, not the ones dated ahead', () => {
    // Written on the 7th, then the PC's clock was set back to the 3rd and three more were written.
    const setBack = [
      { path: '/backups/first', sequence: 1, createdAt: at(7, 9) },
      { path: '/backups/second', sequence: 2, createdAt: at(7, 10) },
      { path: '/backups/third', sequence: 3, createdAt: at(3, 9) },
      { path: '/backups/fourth', sequence: 4, createdAt: at(3, 10) },
      { path: '/backups/fifth', sequence: 5, createdAt: at(3, 11) },
    ];
    expect(kept(chooseToKeep(setBack, { keepLast: 2, keepDaily: 1, now: at(3, 12) }))).toEqual(['fifth', 'fourth']);
  });

  it('ranks backups of older versions, which have no sequence, below every numbered one', () => {
    const mixed = [backup('legacy', at(9, 9)), { path: '/backups/numbered', sequence: 1, createdAt: at(7, 9) }];
    expect(kept(chooseToKeep(mixed, { keepLast: 1, keepDaily: 0, now: noon7 }))).toEqual(['numbered']);
  });
});
