import { z } from 'zod';
import type { LeaderDecision } from '../../core/common/approval';
import type { LocalDate } from '../../core/common/localDate';
import type { Ceremony, Publicity } from './commendation';
import { localDateField } from './lines';
import type { ProposalRow } from './proposal';

/**
 * 评定 a round (S3-4.3): 结合每年度工作实绩考核一并进行评定打分 — the yearly round that goes with
 * the annual assessment — 也可根据专项工作需要随时评定 — special rounds at any time. Each has its
 * application window. Points belong to the unit's year, whatever round gave them.
 */
export const ROUND_KINDS = ['annual', 'special'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/**
 * open: applications taken and reviewed · submitted: the 呈批单 with the proposed list is printed,
 * waiting for the leader; nothing on the list may change · approved: signed, points applied,
 * commendations may be published · rejected: the leader said no; no points, kept as it was.
 * A leader's "return for changes" puts a submitted round back to open.
 */
export const ROUND_STATUSES = ['open', 'submitted', 'approved', 'rejected'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const ROUND_TITLE_MAX_CHARS = 60;

export const roundInputSchema = z
  .object({
    /** The assessment year the points count in. */
    year: z.number().int().min(2021).max(2100),
    kind: z.enum(ROUND_KINDS),
    /** e.g. 2026年度人才工作激励奖励评定 */
    title: z.string().trim().min(1).max(ROUND_TITLE_MAX_CHARS),
    /** 专项工作: what a special round is for; empty for the annual one. */
    subject: z.string().trim().max(200).default(''),
    opensOn: localDateField,
    closesOn: localDateField,
  })
  .superRefine((r, ctx) => {
    if (r.kind === 'special' && !r.subject)
      ctx.addIssue({ code: 'custom', path: ['subject'], message: 'special-needs-subject' });
    if (r.closesOn < r.opensOn) ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'end-before-start' });
  });
export type RoundInput = z.input<typeof roundInputSchema>;
export type ValidRoundInput = z.output<typeof roundInputSchema>;

/** One 呈批单 putting the round's proposed list to the group leader, and what the leader wrote on it. */
export interface ListSlip {
  documentId: string;
  number: string;
  printedOn: LocalDate;
  /** The list exactly as printed: what the leader signs is what is applied. */
  proposal: ProposalRow[];
  decision?: LeaderDecision;
}

/** 激励奖励评定 round. */
export interface BonusRound extends ValidRoundInput {
  id: string;
  status: RoundStatus;
  /** Every slip put to the leader, oldest first; a returned one stays with its remark. */
  slips: ListSlip[];
  /** When the points were applied (the approved slip's decision recorded). */
  appliedAt?: string;
  /** 表扬通报 in the register. */
  circular?: { documentId: string; number: string; issuedOn: LocalDate };
  /** 成果表彰会 (S3-2.1.1). */
  ceremony?: Ceremony;
  /** 新媒体宣传推介 (S3-2.1.3). */
  publicity: Publicity[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  isSample: 0 | 1;
}

export function currentSlip(round: Pick<BonusRound, 'slips'>): ListSlip | undefined {
  const last = round.slips[round.slips.length - 1];
  return last && !last.decision ? last : undefined;
}

/** Why an application received on `receivedOn` cannot enter this round, or null. */
export function applicationWindowRule(
  round: Pick<BonusRound, 'status' | 'opensOn' | 'closesOn'>,
  receivedOn: LocalDate,
  today: LocalDate,
): string | null {
  if (round.status !== 'open') return 'round-not-open';
  if (receivedOn > today) return 'date-in-future';
  if (receivedOn < round.opensOn || receivedOn > round.closesOn) return 'outside-window';
  return null;
}

/**
 * Why the leader's decision cannot be recorded as dated, or null: the leader signs what was
 * printed, so never before the slip's date, and never after today.
 */
export function decisionDateRule(printedOn: LocalDate, decidedOn: LocalDate, today: LocalDate): string | null {
  if (decidedOn > today) return 'date-in-future';
  if (decidedOn < printedOn) return 'before-slip';
  return null;
}

/** The round's status once the leader decided: a return puts it back to open for changes. */
export function statusAfterDecision(decision: LeaderDecision['decision']): RoundStatus {
  return decision === 'approved' ? 'approved' : decision === 'rejected' ? 'rejected' : 'open';
}

/** Commendations follow the leader's sign-off (S3-3.3: 签批后进行宣传表彰). */
export function mayCommend(round: Pick<BonusRound, 'status'>): boolean {
  return round.status === 'approved';
}
