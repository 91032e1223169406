import { z } from 'zod';
import type { LeaderDecision } from '../../core/common/approval';
import { daysBetween, type LocalDate } from '../../core/common/localDate';
import type { SupervisionItem } from './item';
import type { DeadlineExtension, ExtensionRequestFields } from './itemRecords';
import { localDateField, replyByRule } from './itemInput';

/**
 * 延期 (deadline extension). A unit asks in writing for more time; the office puts the request to
 * the group leader on a numbered 呈批单; the leader decides on paper; staff record the decision
 * (approval.ts). Only an approval moves the deadline. The item keeps every request and every
 * deadline it has had, and an extension granted after the deadline keeps the days the item was
 * overdue: nothing overdue can hide behind a later deadline.
 */

/** The 延期理由 prints on the 呈批单 beside the matter and the leader's 60 mm: it must leave them one page. */
export const EXTENSION_REASON_MAX_CHARS = 100;

export const extensionRequestSchema = z
  .object({
    /** 申请日期: when the unit's written request came in */
    requestedOn: localDateField,
    /** 申请人: who signed the unit's request */
    requestedBy: z.string().trim().min(1).max(40),
    /** 申请延至: the deadline asked for */
    newDueOn: localDateField,
    /** 反馈时限 under the new deadline */
    newReplyBy: localDateField,
    /** 延期理由 */
    reason: z.string().trim().min(1).max(EXTENSION_REASON_MAX_CHARS, { message: 'extension-reason-too-long' }),
  })
  .superRefine((v, ctx) => replyByRule({ dueOn: v.newDueOn, replyBy: v.newReplyBy }, ctx, ['newReplyBy']));
export type ExtensionRequestInput = z.input<typeof extensionRequestSchema>;
export type ExtensionRequest = z.output<typeof extensionRequestSchema>;
/** The schema's output is what an item keeps of a request (itemRecords.ts): a drift is a type error. */
export const extensionRequestIsKept: ExtensionRequest extends ExtensionRequestFields ? true : never = true;
export type { DeadlineExtension } from './itemRecords';

/** The request still waiting for the leader (at most one at a time). */
export function pendingExtension(item: Pick<SupervisionItem, 'extensions'>): DeadlineExtension | undefined {
  return item.extensions?.find((e) => !e.decision && !e.lapsed);
}

/**
 * The item's requests once it is withdrawn: a request still waiting for the leader lapses (the
 * leader is not asked to extend a task that no longer stands), and its 呈批单 is voided with it.
 */
export function lapsePendingExtension(item: SupervisionItem, on: LocalDate): DeadlineExtension[] | undefined {
  const pending = pendingExtension(item);
  if (!pending) return item.extensions;
  const lapsed: DeadlineExtension = {
    ...pending,
    lapsed: { on, ...(pending.slipNumber ? { voidedSlipNumber: pending.slipNumber } : {}) },
  };
  return item.extensions!.map((e) => (e.id === pending.id ? lapsed : e));
}

export function grantedExtensions(item: Pick<SupervisionItem, 'extensions'>): DeadlineExtension[] {
  return (item.extensions ?? []).filter((e) => e.decision?.decision === 'approved');
}

/** 原办结时限: the deadline before any extension. */
export function originalDueOn(item: Pick<SupervisionItem, 'extensions' | 'dueOn'>): LocalDate {
  return grantedExtensions(item)[0]?.fromDueOn ?? item.dueOn;
}

/** Days the item was overdue before later deadlines were granted: they stay on its record. */
export function overdueDaysAccrued(item: Pick<SupervisionItem, 'extensions'>): number {
  return grantedExtensions(item).reduce((sum, e) => sum + (e.overdueDaysWhenGranted ?? 0), 0);
}

/** Why a request cannot be taken for this item, or null. `today` bounds the request date. */
export function extensionRequestRule(
  item: Pick<SupervisionItem, 'extensions' | 'dueOn'>,
  request: ExtensionRequest,
  today: LocalDate,
): string | null {
  if (pendingExtension(item)) return 'extension-pending';
  if (request.newDueOn <= item.dueOn) return 'extension-not-later';
  if (request.requestedOn > today) return 'date-in-future';
  // A deadline already past on the day it was asked for would make the item overdue at once.
  if (request.newDueOn < request.requestedOn) return 'before-request';
  return null;
}

/** Why the leader's decision cannot be recorded as given, or null. */
export function extensionDecisionRule(
  extension: DeadlineExtension,
  decisionOn: LocalDate,
  today: LocalDate,
): string | null {
  if (decisionOn > today) return 'date-in-future';
  if (decisionOn < extension.requestedOn) return 'before-request';
  return null;
}

/**
 * The item after the leader's decision on its pending request. Approved: the new deadline and
 * reply-by take effect, and the days already overdue on the day of the decision are kept with
 * the extension. Rejected or returned: the deadline stands and the request is closed with the
 * remark; the unit may ask again.
 */
export function applyExtensionDecision(item: SupervisionItem, decision: LeaderDecision): SupervisionItem {
  const pending = pendingExtension(item);
  if (!pending) return item;
  const isApproved = decision.decision === 'approved';
  const decided: DeadlineExtension = {
    ...pending,
    decision,
    ...(isApproved ? { overdueDaysWhenGranted: Math.max(0, daysBetween(pending.fromDueOn, decision.on)) } : {}),
  };
  const extensions = (item.extensions ?? []).map((e) => (e.id === pending.id ? decided : e));
  return isApproved
    ? { ...item, extensions, dueOn: pending.newDueOn, replyBy: pending.newReplyBy }
    : { ...item, extensions };
}
