import { addDays, isLocalDate, type LocalDate } from '../common/localDate';
import { BUILT_IN_HOLIDAY_YEARS, type HolidayYear } from './holidayTable';

/**
 * Working days (工作日) by China's official calendar: Monday to Friday, less the holidays of the
 * year's notice, plus its make-up working days (调休上班). A rectification deadline of 15 working
 * days (限期整改) is counted with it.
 *
 * In a year the calendar has no notice for, it counts Monday to Friday and reports that year in
 * `assumedYears`, so the screen can warn until the office enters the year in Settings.
 */
export interface WorkingCalendar {
  /** The years whose notices it knows, ascending. */
  years: number[];
  isWorkingDay(date: LocalDate): boolean;
  /** Whether `date` falls in a year the calendar has the notice for. */
  covers(date: LocalDate): boolean;
  /** The name of the holiday `date` falls in (春节, 国庆节 …), or null. */
  holidayOf(date: LocalDate): string | null;
}

export interface WorkingDaysResult {
  date: LocalDate;
  /** Years crossed that the calendar has no notice for: counted as Monday to Friday. */
  assumedYears: number[];
}

/** 0 Sunday … 6 Saturday, free of time zones. */
export function weekdayOf(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isWeekend(date: LocalDate): boolean {
  const day = weekdayOf(date);
  return day === 0 || day === 6;
}

function eachDay(from: LocalDate, to: LocalDate, visit: (date: LocalDate) => void): void {
  for (let d = from; d <= to; d = addDays(d, 1)) visit(d);
}

/**
 * The calendar from the years the app ships and those the office entered; an office-entered year
 * replaces the shipped one (a corrected or re-issued notice).
 */
export function workingCalendar(officeYears: readonly HolidayYear[] = []): WorkingCalendar {
  const byYear = new Map<number, HolidayYear>();
  for (const y of BUILT_IN_HOLIDAY_YEARS) byYear.set(y.year, y);
  for (const y of officeYears) byYear.set(y.year, y);
  const holidays = new Map<LocalDate, string>();
  const workdays = new Set<LocalDate>();
  for (const y of byYear.values()) {
    for (const h of y.holidays) eachDay(h.from, h.to, (d) => holidays.set(d, h.name));
    for (const d of y.workdays) workdays.add(d);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const covered = new Set(years);
  return {
    years,
    covers: (date) => covered.has(Number(date.slice(0, 4))),
    holidayOf: (date) => holidays.get(date) ?? null,
    isWorkingDay(date) {
      if (workdays.has(date)) return true;
      if (holidays.has(date)) return false;
      return !isWeekend(date);
    },
  };
}

/**
 * The date `n` working days after `start`: the first working day after `start` is day 1, so a
 * notice issued on a Friday with 1 working day is due the next Monday (or the first working day
 * after a holiday). The issue day itself never counts.
 */
export function addWorkingDays(calendar: WorkingCalendar, start: LocalDate, n: number): WorkingDaysResult {
  if (!isLocalDate(start)) throw new RangeError(`not a YYYY-MM-DD date: ${start}`);
  if (!Number.isInteger(n) || n < 1 || n > 366) throw new RangeError(`working days out of range: ${n}`);
  const assumed = new Set<number>();
  let date = start;
  for (let counted = 0; counted < n;) {
    date = addDays(date, 1);
    if (!calendar.covers(date)) assumed.add(Number(date.slice(0, 4)));
    if (calendar.isWorkingDay(date)) counted += 1;
  }
  return { date, assumedYears: [...assumed].sort((a, b) => a - b) };
}

/** Working days after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(calendar: WorkingCalendar, from: LocalDate, to: LocalDate): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) n += 1;
  return n;
}
