import { z } from 'zod';
import { isLocalDate } from '../../core/common/localDate';
import { SECRECY_LEVELS } from '../../core/common/secrecy';
import { CONTENT_CATEGORIES } from './item';

/**
 * The longest 督办事项 and 督办要求, in characters: what the 督办通知单 holds with its tear-off
 * 回执 still on the same page: 四号 in a 120 mm column holds about 22 characters a line, so 3 and 6
 * lines (7 where punctuation may not start a line), with room left for a 督办对象 of two lines, which
 * prints twice (slip and 回执). Measured in Chromium and LibreOffice with text of exactly these
 * lengths: tests/documents/supervisionDocuments.test.ts. The messages (common.rules) name the numbers.
 */
export const MATTER_MAX_CHARS = 60;
export const REQUIREMENT_MAX_CHARS = 130;
/** 督办事项 */
export const matterText = z.string().trim().min(1).max(MATTER_MAX_CHARS, { message: 'matter-too-long' });
/** 督办要求 (may be empty: the slip then prints the standard one) */
export const requirementText = z.string().trim().max(REQUIREMENT_MAX_CHARS, { message: 'requirement-too-long' });

/** What a 督办通知单 prints of an item, checked again before one is issued. */
export const slipTextSchema = z.object({ matter: matterText, requirement: requirementText });

/** A calendar date as typed (YYYY-MM-DD, a real day). */
export const localDateField = z.string().refine(isLocalDate, { message: 'invalid_format' });

/**
 * One matter to be done by a deadline: what a finding's unfinished matter, a leader's
 * instruction and a task-list row all come down to. 反馈时限 may not come before the 办结时限's
 * start of work, but it may fall before the deadline (a progress report) or after it.
 */
export const matterSchema = z.object({
  /** 督办事项 */
  matter: matterText,
  /** 督办要求 */
  requirement: requirementText,
  /** 办结时限 */
  dueOn: localDateField,
  /** 反馈时限 */
  replyBy: localDateField,
});
export type MatterInput = z.input<typeof matterSchema>;

/** 领导批示 entered as items: one item per responsible unit, sharing a task id. */
export const instructionInputSchema = matterSchema.extend({
  /** 批示领导 */
  by: z.string().trim().min(1).max(40),
  /** 批示日期 */
  on: localDateField,
  /** 批示件 / 交办文件, e.g. 市委领导在《人才工作专报》第5期上的批示 */
  ref: z.string().trim().min(1).max(120),
  category: z.enum(CONTENT_CATEGORIES),
  unitIds: z.array(z.string().min(1)).min(1).max(500),
  secrecy: z.enum(SECRECY_LEVELS),
});
export type InstructionInput = z.input<typeof instructionInputSchema>;

/** What any module's item draft must satisfy before it is stored (checked at the repository). */
export const itemDraftSchema = z.object({
  matter: matterText,
  requirement: requirementText,
  unitId: z.string().min(1),
  dueOn: localDateField,
  replyBy: localDateField.optional(),
});
