import { z } from 'zod';
import { isLocalDate, type LocalDate } from '../../core/common/localDate';
import { SECRECY_LEVELS, type SecrecyLevel } from '../../core/common/secrecy';
import type { HotlineLoop } from './hotline';
import { OPINION_MAX_CHARS, ratingSchema, type RatedCell, type Rating } from './rating';
import { FIVE_GRADE_SCALE } from './scale';
import { EVENT_KINDS, RECORD_CHANNELS, type EventKind, type RecordChannel, isLoopChannel } from './terms';

/**
 * 评价记录: what one channel brought in (S4-4.1 … S4-4.4, S4-4.6) — a call or a note in the box, a
 * talk, a visit, a phone inquiry, a themed event. Each names its date, the staff who took it, the
 * talent (or none: anonymous), the units concerned and the talent's ratings with their words.
 * Channels rate on the five grades; only a questionnaire may use another scale.
 */
export interface EvaluationRecord {
  id: string;
  channel: RecordChannel;
  /** The day it happened: anonymous records keep nothing finer (no time of day). */
  on: LocalDate;
  /** 经办人: the staff who took the call, held the talk, made the visit. */
  staffName: string;
  /** The talent (registry person), or null: anonymous. */
  talentId: string | null;
  /** For a call-back when the caller is not in the registry: what they left (phone, name). */
  contact: string;
  /** Themed events: kind, title and the talents who came (and how many in all). */
  eventKind?: EventKind;
  title: string;
  attendeeIds: string[];
  attendeeCount: number;
  /** 诉求 / 意见建议 / 谈话要点: what was said. */
  summary: string;
  unitIds: string[];
  contentIds: string[];
  ratings: Rating[];
  secrecy: SecrecyLevel;
  /** The hotline's and the box's closed loop (hotline.ts); absent on other channels. */
  loop?: HotlineLoop;
  /** `loopStatus` while the loop is open, for the lists awaiting action or call-back. */
  openLoopKey?: string;
  /** Index keys of what it rates (rating.ts cellKeysOf). */
  cellKeys: string[];
  createdBy: string;
  isSample: 0 | 1;
}

const date = z.string().refine(isLocalDate, { message: 'invalid_format' });
export const SUMMARY_MAX_CHARS = 1000;

export const recordInputSchema = z
  .object({
    channel: z.enum(RECORD_CHANNELS),
    on: date,
    staffName: z.string().trim().min(1).max(40),
    talentId: z.string().min(1).nullable().default(null),
    contact: z.string().trim().max(60).default(''),
    eventKind: z.enum(EVENT_KINDS).optional(),
    title: z.string().trim().max(60).default(''),
    attendeeIds: z.array(z.string().min(1)).max(500).default([]),
    attendeeCount: z.number().int().min(0).max(10000).default(0),
    summary: z.string().trim().max(SUMMARY_MAX_CHARS).default(''),
    unitIds: z.array(z.string().min(1)).max(50).default([]),
    contentIds: z.array(z.string().min(1)).max(20).default([]),
    ratings: z.array(ratingSchema).max(200).default([]),
    secrecy: z.enum(SECRECY_LEVELS).default('internal'),
  })
  .superRefine((r, ctx) => {
    if (r.channel === 'event') {
      if (!r.eventKind)
        ctx.addIssue({ code: 'custom', path: ['eventKind'], message: 'evaluation.rules.event-needs-kind' });
      if (!r.title) ctx.addIssue({ code: 'custom', path: ['title'], message: 'evaluation.rules.event-needs-title' });
      if (r.attendeeCount < r.attendeeIds.length)
        ctx.addIssue({ code: 'custom', path: ['attendeeCount'], message: 'evaluation.rules.fewer-than-named' });
    } else if (r.eventKind)
      ctx.addIssue({ code: 'custom', path: ['eventKind'], message: 'evaluation.rules.only-event-has-kind' });
    if (isLoopChannel(r.channel) && !r.summary)
      ctx.addIssue({ code: 'custom', path: ['summary'], message: 'evaluation.rules.loop-needs-summary' });
    if (!r.summary && r.ratings.length === 0)
      ctx.addIssue({ code: 'custom', path: ['ratings'], message: 'evaluation.rules.record-says-nothing' });
    r.ratings.forEach((rating, i) => {
      if (rating.grade >= FIVE_GRADE_SCALE.grades.length)
        ctx.addIssue({ code: 'custom', path: ['ratings', i, 'grade'], message: 'evaluation.rules.grade-off-scale' });
      if (rating.opinion.length > OPINION_MAX_CHARS)
        ctx.addIssue({ code: 'custom', path: ['ratings', i, 'opinion'], message: 'too_big' });
    });
    const pairs = r.ratings.map((x) => `${x.unitId}|${x.contentId}`);
    if (new Set(pairs).size !== pairs.length)
      ctx.addIssue({ code: 'custom', path: ['ratings'], message: 'evaluation.rules.rating-twice' });
  });
export type RecordInput = z.input<typeof recordInputSchema>;
export type ValidRecordInput = z.output<typeof recordInputSchema>;

/**
 * What a record counts in the results: its own ratings on its day, and for the hotline and the
 * box each call-back's rating for every unit and content item of the entry, on the call-back's day
 * (each call-back is the talent's verdict on how the matter was handled).
 */
export function ratedCellsOfRecord(
  record: Pick<EvaluationRecord, 'on' | 'ratings' | 'unitIds' | 'contentIds' | 'loop'>,
): RatedCell[] {
  const scale = FIVE_GRADE_SCALE;
  const cells: RatedCell[] = record.ratings.map((r) => ({
    on: record.on,
    unitId: r.unitId,
    contentId: r.contentId,
    scale,
    grade: r.grade,
  }));
  for (const cb of record.loop?.callbacks ?? [])
    for (const unitId of record.unitIds)
      for (const contentId of record.contentIds.length ? record.contentIds : ['performance'])
        cells.push({ on: cb.on, unitId, contentId, scale, grade: cb.grade });
  return cells;
}
