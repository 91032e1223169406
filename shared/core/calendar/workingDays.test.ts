import { describe, expect, it } from 'vitest';
import { BUILT_IN_HOLIDAY_YEARS } from './holidayTable';
import { holidayYearSchema, holidayYearsSchema } from './holidayYearSchema';
import { addWorkingDays, workingCalendar, workingDaysBetween } from './workingDays';

const calendar = workingCalendar();

describe('the official working-day calendar', () => {
  it('ships the State Council notices for 2023 to 2026, each one consistent', () => {
    expect(calendar.years).toEqual([2023, 2024, 2025, 2026]);
    for (const year of BUILT_IN_HOLIDAY_YEARS) expect(holidayYearSchema.safeParse(year).success).toBe(true);
  });

  it('takes the National Day week off and works on its make-up Saturday and Sunday (2026)', () => {
    for (const day of ['2026-10-01', '2026-10-05', '2026-10-07']) expect(calendar.isWorkingDay(day)).toBe(false);
    expect(calendar.holidayOf('2026-10-02')).toBe('国庆节');
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true); // 星期六 调休上班
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true); // 星期日 调休上班
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false); // an ordinary Sunday
    expect(calendar.isWorkingDay('2026-10-08')).toBe(true);
  });

  it('puts a 15-working-day deadline set on 2026-09-28 on 23 October, across 国庆 and its make-up Saturday', () => {
    // 9-29, 9-30, (10-1 … 10-7 off), 10-8, 10-9, 10-10 Saturday worked, then 10-12 … 10-23.
    expect(addWorkingDays(calendar, '2026-09-28', 15)).toEqual({ date: '2026-10-23', assumedYears: [] });
    // Counting Monday to Friday only would have said 19 October.
    expect(addWorkingDays(workingCalendar([]), '2026-09-28', 3).date).toBe('2026-10-08');
  });

  it('counts the eight-day 国庆 and 中秋 of 2025 with its make-up Sunday and Saturday', () => {
    expect(addWorkingDays(calendar, '2025-09-26', 1).date).toBe('2025-09-28'); // 星期日 上班
    expect(addWorkingDays(calendar, '2025-09-26', 15).date).toBe('2025-10-23');
  });

  it('never counts the day of issue, and a day before a holiday runs into the first day after it', () => {
    expect(addWorkingDays(calendar, '2026-09-30', 1).date).toBe('2026-10-08');
    expect(addWorkingDays(calendar, '2026-02-13', 1).date).toBe('2026-02-14'); // 春节前 星期六 上班
    expect(addWorkingDays(calendar, '2026-02-14', 1).date).toBe('2026-02-24');
  });

  it('counts the working days between two dates as the deadline rule does', () => {
    expect(workingDaysBetween(calendar, '2026-09-28', '2026-10-23')).toBe(15);
    expect(workingDaysBetween(calendar, '2026-10-23', '2026-09-28')).toBe(0);
  });

  it('counts weekends only in a year it has no notice for, and names that year', () => {
    const result = addWorkingDays(calendar, '2026-12-21', 15);
    // 1 January 2027 counts as a working day until the office enters the 2027 notice.
    expect(result).toEqual({ date: '2027-01-11', assumedYears: [2027] });
    expect(calendar.covers('2027-01-01')).toBe(false);
  });

  it('uses a year the office enters in Settings, and the office’s version of a shipped year', () => {
    const entered = holidayYearsSchema.parse([
      {
        year: 2027,
        source: '国务院办公厅关于2027年部分节假日安排的通知',
        holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
        workdays: [],
      },
    ]);
    const extended = workingCalendar(entered);
    expect(extended.years).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(addWorkingDays(extended, '2026-12-21', 15)).toEqual({ date: '2027-01-12', assumedYears: [] });
    const corrected = workingCalendar([{ ...BUILT_IN_HOLIDAY_YEARS[3], workdays: [] }]);
    expect(corrected.isWorkingDay('2026-10-10')).toBe(false);
  });
});

describe('a year’s notice as the office enters it', () => {
  const base = { year: 2027, source: '通知', holidays: [{ name: '国庆节', from: '2027-10-01', to: '2027-10-07' }] };
  const messages = (input: unknown) =>
    holidayYearSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

  it('refuses a make-up working day that is not a Saturday or Sunday, or lies inside a holiday', () => {
    expect(messages({ ...base, workdays: ['2027-10-08'] })).toEqual(['workday-not-weekend']);
    expect(messages({ ...base, workdays: ['2027-10-02'] })).toEqual(['workday-in-holiday']);
    expect(messages({ ...base, workdays: ['2027-10-09'] })).toEqual([]);
  });

  it('refuses a holiday that ends before it starts or lies in another year', () => {
    const backwards = { ...base, holidays: [{ name: '国庆节', from: '2027-10-07', to: '2027-10-01' }], workdays: [] };
    expect(messages(backwards)).toEqual(['holiday-ends-before']);
    const elsewhere = { ...base, holidays: [{ name: '国庆节', from: '2029-10-01', to: '2029-10-07' }], workdays: [] };
    expect(messages(elsewhere)).toEqual(['holiday-outside-year']);
  });

  it('refuses the same year entered twice', () => {
    const year = { ...base, workdays: [] };
    expect(holidayYearsSchema.safeParse([year, year]).success).toBe(false);
  });
});
