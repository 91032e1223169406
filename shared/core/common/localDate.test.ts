import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isLocalDate, localDate } from './localDate';

describe('local calendar dates', () => {
  it('takes the date on this PC’s clock, not the UTC date', () => {
    // 07:30 local on 5 Dec is still 4 Dec in UTC east of Greenwich; built from local parts, the day is 5 Dec anywhere.
    expect(localDate(new Date(2026, 11, 5, 7, 30))).toBe('2026-12-05');
  });

  it('counts whole days across month and year ends', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2027-01-02', '2026-12-30')).toBe(-3);
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });

  it('adds calendar months, clamping to the last day of a shorter month', () => {
    expect(addMonths('2026-10-15', 2)).toBe('2026-12-15');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
  });

  it('accepts only real dates', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('2026-2-3')).toBe(false);
  });
});
