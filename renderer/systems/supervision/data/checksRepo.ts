import { AppError } from '../../../../shared/core/errors';
import { type LeaderDecisionInput, leaderDecisionInputSchema } from '../../../../shared/core/common/approval';
import { newId } from '../../../../shared/core/common/ids';
import { localDate } from '../../../../shared/core/common/localDate';
import { unitNameAt } from '../../../../shared/systems/registry';
import {
  type Check,
  type CheckInput,
  checkInputSchema,
  type ValidCheckInput,
} from '../../../../shared/systems/supervision/check';
import { buildCheckApprovalSlip } from '../../../../shared/systems/supervision/documents/checkDocuments';
import { documentsRepo } from '../../../core/data/documentsRepo';
import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { validationError } from '../../../core/data/validation';
import { read, writeWithAudit } from '../../../core/data/write';

function parseCheck(input: CheckInput): ValidCheckInput {
  const parsed = checkInputSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  // A random check's targets come from its draw, never typed in.
  return parsed.data.method === 'random' ? { ...parsed.data, targetUnitIds: [] } : { ...parsed.data, drawPlan: null };
}

async function requireTargets(input: ValidCheckInput): Promise<void> {
  const units = await getDb().units.bulkGet(input.targetUnitIds);
  if (units.some((u) => !u)) throw new AppError('validation', { field: 'targetUnitIds', rule: 'unknown-unit' });
}

export async function requireCheck(id: string): Promise<Check> {
  const check = await getDb().checks.get(id);
  if (!check) throw new AppError('not-found', { id });
  return check;
}

/** Target names as of a date, in the check's order. */
export async function targetNames(check: Pick<Check, 'targetUnitIds'>, date: string): Promise<string[]> {
  const units = await getDb().units.bulkGet(check.targetUnitIds);
  return units.map((u, i) => (u ? unitNameAt(u, date) : check.targetUnitIds[i]));
}

/**
 * 督查抽查 from definition to the leader's sign-off (S2-4.1, S2-5.1). Drawing, the notice and
 * running the check are in checkRunRepo; findings in checkFindingsRepo.
 */
export const checksRepo = {
  async create(input: CheckInput, now = new Date()): Promise<Check> {
    const valid = parseCheck(input);
    const session = requireSession();
    const db = getDb();
    return writeWithAudit([db.checks, db.units], async (audit) => {
      await requireTargets(valid);
      const stamp = now.toISOString();
      const check: Check = {
        ...valid,
        id: newId(),
        year: Number(valid.startOn.slice(0, 4)),
        status: 'draft',
        createdAt: stamp,
        createdBy: session.displayName,
        updatedAt: stamp,
        isSample: 0,
      };
      await db.checks.add(check);
      await audit('checks', check.id, 'create', null, check);
      return check;
    });
  },

  /** Only a draft changes: what the leader signs is what runs. */
  async update(id: string, input: CheckInput, now = new Date()): Promise<Check> {
    const valid = parseCheck(input);
    const db = getDb();
    return writeWithAudit([db.checks, db.units], async (audit) => {
      const prev = await requireCheck(id);
      if (prev.status !== 'draft') throw new AppError('wrong-state', { rule: 'check-not-draft' });
      await requireTargets(valid);
      const check: Check = { ...prev, ...valid, year: Number(valid.startOn.slice(0, 4)), updatedAt: now.toISOString() };
      await db.checks.put(check);
      await audit('checks', id, 'update', prev, check);
      return check;
    });
  },

  get: (id: string) => read(() => getDb().checks.get(id)),

  /** A year's checks, latest start first. */
  listYear: (year: number) =>
    read(async () =>
      (await getDb().checks.where('year').equals(year).toArray()).sort(
        (a, b) => b.startOn.localeCompare(a.startOn) || b.createdAt.localeCompare(a.createdAt),
      ),
    ),

  /** Checks that overlap a period (for the 督查通报). */
  listBetween: (from: string, to: string) =>
    read(async () => (await getDb().checks.where('startOn').belowOrEqual(to).toArray()).filter((c) => c.endOn >= from)),

  /**
   * 报请组长签批: numbers and keeps the 呈批单 (series office.approvalSlipPrefix) and marks the
   * check as waiting for the leader. An unannounced check's slip names no target and no date.
   */
  async submit(id: string, now = new Date()) {
    const office = await settingsRepo.office();
    const session = requireSession();
    const db = getDb();
    return writeWithAudit([db.checks, db.units, db.docSequences, db.documents], async (audit) => {
      const check = await requireCheck(id);
      if (check.status !== 'draft') throw new AppError('wrong-state', { rule: 'check-not-draft' });
      const date = localDate(now);
      const names = check.method === 'unannounced' ? [] : await targetNames(check, date);
      const issued = await documentsRepo.issue(
        {
          kind: 'approvalSlip',
          series: { prefix: office.approvalSlipPrefix, style: 'docNumber' },
          sourceId: `checks:${id}`,
          build: (n) =>
            buildCheckApprovalSlip(check, {
              office,
              number: n.number,
              date,
              targetNames: names,
              handler: office.contactLine || session.displayName,
            }),
          isSample: check.isSample,
        },
        now,
      );
      const next: Check = {
        ...check,
        status: 'submitted',
        approvalSlipDocumentId: issued.id,
        approvalSlipNumber: issued.number,
        updatedAt: now.toISOString(),
      };
      await db.checks.put(next);
      await audit(
        'checks',
        id,
        'issue',
        { status: check.status },
        { status: next.status, approvalSlipNumber: issued.number },
      );
      return issued;
    });
  },

  /** The leader's decision as written on the signed 呈批单: approved, rejected, or returned to draft. */
  async recordDecision(id: string, input: LeaderDecisionInput, now = new Date()): Promise<Check> {
    const parsed = leaderDecisionInputSchema.safeParse(input);
    if (!parsed.success) throw validationError(parsed.error);
    const session = requireSession();
    const db = getDb();
    return writeWithAudit([db.checks], async (audit) => {
      const check = await requireCheck(id);
      if (check.status !== 'submitted') throw new AppError('wrong-state', { rule: 'check-not-submitted' });
      const decision = {
        ...parsed.data,
        recordedBy: session.displayName,
        recordedAt: now.toISOString(),
        slipDocumentId: check.approvalSlipDocumentId,
      };
      const status =
        decision.decision === 'approved' ? 'approved' : decision.decision === 'rejected' ? 'rejected' : 'draft';
      const next: Check = { ...check, status, decision, updatedAt: now.toISOString() };
      await db.checks.put(next);
      await audit(
        'checks',
        id,
        decision.decision === 'approved' ? 'approve' : 'reject',
        { status: check.status },
        { status, decision },
      );
      return next;
    });
  },
};
