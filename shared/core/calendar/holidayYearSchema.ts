import { z } from 'zod';
import { isLocalDate } from '../common/localDate';
import { isWeekend } from './workingDays';
import type { HolidayYear } from './holidayTable';

const date = z.string().refine(isLocalDate, { message: 'invalid_format' });

/**
 * A year's notice as the office enters it in Settings (工作日历). Checked so that a slip of the
 * keyboard cannot move every deadline: each holiday lies within or next to its year and runs
 * forwards, and each make-up working day is a Saturday or Sunday outside the holidays.
 */
export const holidayYearSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    source: z.string().trim().min(1).max(80),
    holidays: z
      .array(z.object({ name: z.string().trim().min(1).max(20), from: date, to: date }))
      .min(1)
      .max(20),
    workdays: z.array(date).max(20),
  })
  .superRefine((y, ctx) => {
    const first = `${y.year - 1}-12-01`;
    const last = `${y.year + 1}-01-31`;
    y.holidays.forEach((h, i) => {
      if (h.to < h.from) ctx.addIssue({ code: 'custom', path: ['holidays', i, 'to'], message: 'holiday-ends-before' });
      if (h.from < first || h.to > last)
        ctx.addIssue({ code: 'custom', path: ['holidays', i, 'from'], message: 'holiday-outside-year' });
    });
    y.workdays.forEach((d, i) => {
      if (!isLocalDate(d)) return;
      if (!isWeekend(d)) ctx.addIssue({ code: 'custom', path: ['workdays', i], message: 'workday-not-weekend' });
      if (y.holidays.some((h) => h.from <= d && d <= h.to))
        ctx.addIssue({ code: 'custom', path: ['workdays', i], message: 'workday-in-holiday' });
    });
  });

export type HolidayYearInput = z.input<typeof holidayYearSchema>;

/** The office's years as kept in Settings: one per year, ascending. */
export const holidayYearsSchema = z
  .array(holidayYearSchema)
  .max(50)
  .refine((years) => new Set(years.map((y) => y.year)).size === years.length, { message: 'year-twice' })
  .transform((years): HolidayYear[] => [...years].sort((a, b) => a.year - b.year));
