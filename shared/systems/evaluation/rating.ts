import { z } from 'zod';
import type { LocalDate } from '../../core/common/localDate';
import type { ContentId } from './contentItems';
import { monthOf } from './period';
import type { Scale } from './scale';

/** 评价意见: one unit rated on one content item, with the talent's own words kept beside it. */
export interface Rating {
  unitId: string;
  contentId: ContentId;
  /** Position on the record's scale, 0 = best (非常满意). */
  grade: number;
  opinion: string;
}

export const OPINION_MAX_CHARS = 500;

export const ratingSchema = z.object({
  unitId: z.string().min(1),
  contentId: z.string().min(1),
  grade: z.number().int().min(0).max(8),
  opinion: z.string().trim().max(OPINION_MAX_CHARS).default(''),
});

/**
 * One rating as the results count it: when it was given, whom and what it rates, on which scale.
 * Every channel comes down to these (a questionnaire's return, a call-back, a talk's ratings).
 */
export interface RatedCell {
  on: LocalDate;
  unitId: string;
  contentId: ContentId;
  scale: Scale;
  grade: number;
}

/**
 * The index keys of a record: `YYYY-MM|unitId|contentId` for each cell it rates, once each. A
 * result's number opens the records behind it as one lookup of these keys (a quarter is three).
 */
export function cellKeysOf(cells: readonly RatedCell[]): string[] {
  return [...new Set(cells.map((c) => cellKey(monthOf(c.on), c.unitId, c.contentId)))];
}

export function cellKey(month: string, unitId: string, contentId: ContentId): string {
  return `${month}|${unitId}|${contentId}`;
}
