import { z } from 'zod';
import { localDateField, matterSchema } from './itemInput';

/** 实地督查 ways of seeing for oneself (seed, System 2 step 3): 调研走访、实地察看、交流座谈. */
export const FINDING_METHODS = ['visit', 'inspection', 'discussion'] as const;
export type FindingMethod = (typeof FINDING_METHODS)[number];

/** 督查评价 of what was found at one target. */
export const FINDING_RATINGS = ['good', 'fairlyGood', 'fair', 'poor'] as const;
// good 好 · fairlyGood 较好 · fair 一般 · poor 差
export type FindingRating = (typeof FINDING_RATINGS)[number];

export const findingInputSchema = z.object({
  unitId: z.string().min(1),
  visitedOn: localDateField,
  methods: z.array(z.enum(FINDING_METHODS)).min(1),
  /** What was seen, heard and checked on site. */
  observed: z.string().trim().min(1).max(4000),
  /** Chosen by the worker: no rating is preset, so a record never carries a rating nobody gave. */
  rating: z.enum(FINDING_RATINGS, { error: 'required' }),
  /** 好的做法 worth circulating (may be empty). */
  goodPractice: z.string().trim().max(2000).default(''),
  /** 未完成事项: each becomes a supervision item with its own 督办通知单. */
  matters: z.array(matterSchema).max(50).default([]),
});
export type FindingInput = z.input<typeof findingInputSchema>;
export type ValidFindingInput = z.output<typeof findingInputSchema>;

/** 督查情况 at one target of a check. */
export interface Finding extends Omit<ValidFindingInput, 'matters'> {
  id: string;
  checkId: string;
  /** The supervision items created for the unfinished matters, in the order entered. */
  itemIds: string[];
  createdAt: string;
  createdBy: string;
  isSample: 0 | 1;
}
