import { z } from 'zod';
import { isLocalDate } from '../../core/common/localDate';
import { SECRECY_LEVELS } from '../../core/common/secrecy';
import { CONTENT_CATEGORIES } from './item';

/**
 * The longest 督办事项 and 督办要求, in characters: what the 督办通知单 holds with its tear-off
 * 回执 still on the same page: 四号 in a 120 mm column holds about 22 characters a line, so 3 and 5
 * lines (6 where punctuation may not start a line), with room left for a 督办对象 of two lines, which
 * prints twice (slip and 回执), and for the 备注 line of a reissued slip (代替…号（作废）): 130 characters
 * of 督办要求 fitted before that line existed. Measured in Chromium and LibreOffice with text of exactly these
 * lengths: tests/documents/supervisionDocuments.test.ts. The messages (common.rules) name the numbers.
 */
export const MATTER_MAX_CHARS = 60;
export const REQUIREMENT_MAX_CHARS = 108;
/** 督办事项 */
export const matterText = z.string().trim().min(1).max(MATTER_MAX_CHARS, { message: 'matter-too-long' });
/** 督办要求 (may be empty: the slip then prints the standard one) */
export const requirementText = z.string().trim().max(REQUIREMENT_MAX_CHARS, { message: 'requirement-too-long' });

/** What a 督办通知单 prints of an item, checked again before one is issued. */
export const slipTextSchema = z.object({ matter: matterText, requirement: requirementText });

/** A calendar date as typed (YYYY-MM-DD, a real day). */
export const localDateField = z.string().refine(isLocalDate, { message: 'invalid_format' });

/**
 * 反馈时限 falls on or before the 办结时限: the unit reports by the deadline at the latest (a reply
 * asked for after the deadline would print a 督办通知单 whose two dates contradict each other).
 * A reply-by before the deadline is a progress report. Rule code: `reply-after-due`.
 */
export function replyByRule(
  value: { dueOn?: string; replyBy?: string },
  ctx: z.RefinementCtx,
  path: PropertyKey[] = ['replyBy'],
): void {
  const { dueOn, replyBy } = value;
  if (dueOn && replyBy && isLocalDate(dueOn) && isLocalDate(replyBy) && replyBy > dueOn)
    ctx.addIssue({ code: 'custom', path, message: 'reply-after-due' });
}

/**
 * One matter to be done by a deadline: what a finding's unfinished matter, a leader's
 * instruction and a task-list row all come down to.
 */
const matterFields = z.object({
  /** 督办事项 */
  matter: matterText,
  /** 督办要求 */
  requirement: requirementText,
  /** 办结时限 */
  dueOn: localDateField,
  /** 反馈时限 */
  replyBy: localDateField,
});
export const matterSchema = matterFields.superRefine((v, ctx) => replyByRule(v, ctx));
export type MatterInput = z.input<typeof matterSchema>;

/** 领导批示 entered as items: one item per responsible unit, sharing a task id. */
export const instructionInputSchema = matterFields
  .extend({
    /** 批示领导 */
    by: z.string().trim().min(1).max(40),
    /** 批示日期 */
    on: localDateField,
    /** 批示件 / 交办文件, e.g. 市委领导在《人才工作专报》第5期上的批示 */
    ref: z.string().trim().min(1).max(120),
    category: z.enum(CONTENT_CATEGORIES),
    unitIds: z.array(z.string().min(1)).min(1).max(500),
    secrecy: z.enum(SECRECY_LEVELS),
  })
  .superRefine((v, ctx) => replyByRule(v, ctx));
export type InstructionInput = z.input<typeof instructionInputSchema>;

/** What any module's item draft must satisfy before it is stored (checked at the repository). */
export const itemDraftSchema = z
  .object({
    matter: matterText,
    requirement: requirementText,
    unitId: z.string().min(1),
    dueOn: localDateField,
    replyBy: localDateField.optional(),
  })
  .superRefine((v, ctx) => replyByRule(v, ctx));
