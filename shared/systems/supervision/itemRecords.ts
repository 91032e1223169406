import type { LeaderDecision } from '../../core/common/approval';
import type { LocalDate } from '../../core/common/localDate';

/**
 * What an item keeps of its history: voided slips, requests for more time, a withdrawal. Apart from
 * the rules that make them (correction.ts, extension.ts, withdrawal.ts), so the item model does not
 * depend on its own rules.
 */

/** A 督办通知单 voided by a correction, kept on the item's record. */
export interface VoidedSlip {
  number: string;
  documentId: string;
  reason: string;
  /** ISO timestamp */
  voidedAt: string;
  voidedBy: string;
}

/** A unit's request for more time as kept (extension.ts validates it as extensionRequestSchema). */
export interface ExtensionRequestFields {
  requestedOn: LocalDate;
  requestedBy: string;
  newDueOn: LocalDate;
  newReplyBy: LocalDate;
  reason: string;
}

/** One request for more time, as kept on the item, from the request to the leader's decision. */
export interface DeadlineExtension extends ExtensionRequestFields {
  id: string;
  /** The deadline and reply-by in force when it was asked for (what an approval replaces). */
  fromDueOn: LocalDate;
  fromReplyBy: LocalDate;
  /** The 呈批单 put to the leader. */
  slipNumber?: string;
  slipDocumentId?: string;
  decision?: LeaderDecision;
  /** Days past the old deadline on the day the leader agreed: 0 when granted in time. */
  overdueDaysWhenGranted?: number;
  /** Closed undecided because the item was withdrawn (撤销); its 呈批单, if printed, voided with it. */
  lapsed?: { on: LocalDate; voidedSlipNumber?: string };
  recordedAt: string;
  recordedBy: string;
}

export interface Withdrawal {
  reason: string;
  /** Local date of the withdrawal. */
  on: string;
  by: string;
  /** ISO timestamp */
  at: string;
  /** The 督办通知单 voided with it, if one had been issued. */
  voidedSlipNumber?: string;
}
