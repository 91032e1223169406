import { newId } from '../../../../shared/core/common/ids';
import { localDate } from '../../../../shared/core/common/localDate';
import {
  type BonusClaim,
  type ClaimInput,
  claimInputSchema,
  type ClaimLine,
  isClaimEditable,
  MAX_LINES,
} from '../../../../shared/systems/incentives/claim';
import { type LineFactsInput, lineFactsSchema } from '../../../../shared/systems/incentives/lines';
import { reviewStatus } from '../../../../shared/systems/incentives/review';
import { applicationWindowRule } from '../../../../shared/systems/incentives/round';
import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { type AuditWriter, read, writeWithAudit } from '../../../core/data/write';
import { claimView, incentivesTables, incentivesWriteTables, requireClaim, requireRound } from './incentivesTables';
import { invalid, parseIncentives, refuse } from './refusals';
import { ruleSetOfYear } from './ruleSetsRepo';
import { toStored } from './storedClaim';

const headerSchema = claimInputSchema.omit({ roundId: true, unitId: true, lines: true });
export type ClaimHeaderInput = Omit<ClaimInput, 'roundId' | 'unitId' | 'lines'>;

/** Writes the claim with its list keys and an audit entry (inside the caller's transaction). */
export async function putClaim(
  claim: BonusClaim,
  audit: AuditWriter,
  action: Parameters<AuditWriter>[2],
  after: unknown,
  before: unknown = null,
): Promise<BonusClaim> {
  await incentivesTables().claims.put(toStored(claim, await ruleSetOfYear(claim.year)));
  await audit('bonusClaims', claim.id, action, before, after);
  return claim;
}

/** The claim while its lines may change: received or reviewed, in an open round. */
async function requireEditable(id: string) {
  const claim = await requireClaim(id);
  const round = await requireRound(claim.roundId);
  if (!isClaimEditable(claim) || round.status !== 'open') throw refuse('claim-not-editable');
  return claimView(claim);
}

const withLineIds = (lines: ClaimInput['lines']): ClaimLine[] =>
  lines.map((facts) => ({ ...lineFactsSchema.parse(facts), id: newId(), evidence: [] }));

/**
 * 激励奖励申请 (S3-3.1): a unit's application to a round, with its declaration that it is true
 * (S3-4.2) and a line per person, talk, article or result. Lines change only before the leader
 * sees the list; a changed line loses its review, so what is reviewed is what was claimed.
 */
export const claimsRepo = {
  async create(input: ClaimInput, now = new Date()): Promise<BonusClaim> {
    const valid = parseIncentives(claimInputSchema, input);
    const session = requireSession();
    const { claims } = incentivesTables();
    return writeWithAudit([...incentivesWriteTables(), getDb().units], async (audit) => {
      const round = await requireRound(valid.roundId);
      const rule = applicationWindowRule(round, valid.receivedOn, localDate(now));
      if (rule === 'round-not-open') throw refuse(rule);
      if (rule) throw invalid('receivedOn', rule);
      if (!(await getDb().units.get(valid.unitId))) throw invalid('unitId', 'unknown-unit');
      // One application per unit and round; a revoked one keeps the unit out of the round (S3-4.2).
      const existing = await claims.where('[roundId+unitId]').equals([round.id, valid.unitId]).first();
      if (existing) throw refuse(existing.status === 'revoked' ? 'unit-revoked-in-round' : 'claim-exists');
      const stamp = now.toISOString();
      const claim: BonusClaim = {
        ...valid,
        id: newId(),
        year: round.year,
        lines: withLineIds(valid.lines),
        opinion: '',
        isCommended: false,
        status: 'received',
        changes: [],
        followUps: [],
        createdAt: stamp,
        createdBy: session.displayName,
        updatedAt: stamp,
        isSample: 0,
      };
      return putClaim(claim, audit, 'create', claim);
    });
  },

  /** The application's own facts: date received, kinds, summary, declaration. */
  async updateHeader(id: string, input: ClaimHeaderInput, now = new Date()): Promise<BonusClaim> {
    const valid = parseIncentives(headerSchema, input);
    return writeWithAudit(incentivesWriteTables(), async (audit) => {
      const prev = await requireEditable(id);
      const round = await requireRound(prev.roundId);
      const rule = applicationWindowRule(round, valid.receivedOn, localDate(now));
      if (rule) throw invalid('receivedOn', rule);
      const next = { ...prev, ...valid, updatedAt: now.toISOString() };
      return putClaim(next, audit, 'update', valid, { receivedOn: prev.receivedOn, summary: prev.summary });
    });
  },

  async addLine(id: string, facts: LineFactsInput, now = new Date()): Promise<ClaimLine> {
    const valid = parseIncentives(lineFactsSchema, facts);
    return writeWithAudit(incentivesWriteTables(), async (audit) => {
      const prev = await requireEditable(id);
      if (prev.lines.length >= MAX_LINES) throw invalid('lines', 'too-many-lines');
      const line: ClaimLine = { ...valid, id: newId(), evidence: [] };
      const lines = [...prev.lines, line];
      const next = { ...prev, lines, status: reviewStatus({ ...prev, lines }), updatedAt: now.toISOString() };
      await putClaim(next, audit, 'update', { addedLine: line });
      return line;
    });
  },

  /** New facts for a line; its review, if any, no longer stands. */
  async updateLine(id: string, lineId: string, facts: LineFactsInput, now = new Date()): Promise<BonusClaim> {
    const valid = parseIncentives(lineFactsSchema, facts);
    return writeWithAudit(incentivesWriteTables(), async (audit) => {
      const prev = await requireEditable(id);
      const old = prev.lines.find((l) => l.id === lineId);
      if (!old) throw invalid('lines', 'unknown-line');
      const line: ClaimLine = { ...valid, id: lineId, evidence: old.evidence };
      const lines = prev.lines.map((l) => (l.id === lineId ? line : l));
      const next = { ...prev, lines, status: reviewStatus({ ...prev, lines }), updatedAt: now.toISOString() };
      return putClaim(next, audit, 'update', { line }, { line: old });
    });
  },

  /** A line entered by mistake, before the list goes to the leader; the audit log keeps it. */
  async removeLine(id: string, lineId: string, now = new Date()): Promise<BonusClaim> {
    const db = getDb();
    return writeWithAudit([...incentivesWriteTables(), db.attachments], async (audit) => {
      const prev = await requireEditable(id);
      const old = prev.lines.find((l) => l.id === lineId);
      if (!old) throw invalid('lines', 'unknown-line');
      if (old.evidence.length) await db.attachments.bulkDelete(old.evidence.map((e) => e.attachmentId));
      const lines = prev.lines.filter((l) => l.id !== lineId);
      const next = { ...prev, lines, status: reviewStatus({ ...prev, lines }), updatedAt: now.toISOString() };
      return putClaim(next, audit, 'update', { removedLine: lineId }, { line: old });
    });
  },

  get: (id: string) => read(async () => (await incentivesTables().claims.get(id)) ?? undefined),

  /** A round's claims, in the order they came in. */
  listRound: (roundId: string) =>
    read(async () =>
      (await incentivesTables().claims.where('roundId').equals(roundId).toArray()).sort(
        (a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.createdAt.localeCompare(b.createdAt),
      ),
    ),

  listYear: (year: number) => read(() => incentivesTables().claims.where('year').equals(year).toArray()),

  /** Applications awaiting review: received, not every line decided or no opinion yet. */
  listAwaitingReview: () =>
    read(async () =>
      (await incentivesTables().claims.where('status').equals('received').toArray()).sort((a, b) =>
        a.receivedOn.localeCompare(b.receivedOn),
      ),
    ),

  countAwaitingReview: () => read(() => incentivesTables().claims.where('status').equals('received').count()),
};
