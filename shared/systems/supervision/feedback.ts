import type { Attachment } from '../../core/common/attachment';
import { z } from 'zod';
import { localDateField } from './itemInput';

/** Largest evidence file (证明材料) kept with a feedback: scans and photos, not videos. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** At most this many files with one feedback. */
export const MAX_ATTACHMENTS_PER_FEEDBACK = 20;

/** The unit's report on an item (S2-5.2: 报告推进完成情况并提交证明材料), usually its 回执. */
export const feedbackInputSchema = z.object({
  receivedOn: localDateField,
  /** 办理情况 as the unit reported it */
  progress: z.string().trim().min(1).max(4000),
  /** 负责人 who signed the reply */
  reportedBy: z.string().trim().min(1).max(40),
});
export type FeedbackInput = z.input<typeof feedbackInputSchema>;

export interface ItemFeedback extends z.output<typeof feedbackInputSchema> {
  id: string;
  itemId: string;
  attachmentIds: string[];
  createdAt: string;
  createdBy: string;
  isSample: 0 | 1;
}

/** An evidence file is stored as the common attachment (owner 'itemFeedback'); lists use it without the bytes. */
export type AttachmentInfo = Omit<Attachment, 'blob'>;

/** The office's verification (核实): done → 办结登记 and 销号; not done → back to open with the reason. */
export const verificationInputSchema = z
  .object({
    outcome: z.enum(['done', 'notDone']),
    verifiedOn: localDateField,
    verifiedBy: z.string().trim().min(1).max(40),
    note: z.string().trim().max(2000),
  })
  .refine((v) => v.outcome === 'done' || v.note.length > 0, { path: ['note'], message: 'reason-required' });
export type VerificationInput = z.input<typeof verificationInputSchema>;

/** 情况说明 for an item not done by its deadline, put to the group leader for 阅示. */
export const explanationInputSchema = z.object({
  receivedOn: localDateField,
  /** Why it is late, as the unit wrote */
  reason: z.string().trim().min(1).max(4000),
  /** What it will do and by when */
  measures: z.string().trim().min(1).max(4000),
  submittedBy: z.string().trim().min(1).max(40),
});
export type ExplanationInput = z.input<typeof explanationInputSchema>;

/** What the leader wrote when reading the 情况说明 (阅示): who, when, the remark. */
export const leaderReadingSchema = z.object({
  by: z.string().trim().min(1).max(40),
  on: localDateField,
  remark: z.string().trim().max(1000),
});
export type LeaderReadingInput = z.input<typeof leaderReadingSchema>;

export interface Explanation extends z.output<typeof explanationInputSchema> {
  id: string;
  itemId: string;
  /** Days overdue when it was recorded. */
  daysOverdue: number;
  slipDocumentId?: string;
  slipNumber?: string;
  reading?: z.output<typeof leaderReadingSchema> & { recordedBy: string; recordedAt: string };
  createdAt: string;
  createdBy: string;
  isSample: 0 | 1;
}
