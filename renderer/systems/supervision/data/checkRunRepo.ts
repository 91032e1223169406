import { AppError } from '../../../../shared/core/errors';
import { localDate } from '../../../../shared/core/common/localDate';
import { type Unit, unitLabel, unitSortPrefix } from '../../../../shared/systems/registry';
import {
  type CandidateFilter,
  type Check,
  mayHaveNotice,
  startBlocker,
} from '../../../../shared/systems/supervision/check';
import { buildCheckNotice } from '../../../../shared/systems/supervision/documents/checkDocuments';
import {
  DRAW_ALGORITHM,
  type DrawCandidate,
  type DrawExclusion,
  DrawError,
  type DrawRecord,
  runDraw,
} from '../../../../shared/systems/supervision/randomDraw';
import { documentsRepo } from '../../../core/data/documentsRepo';
import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { requireCheck, targetNames } from './checksRepo';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { read, writeWithAudit } from '../../../core/data/write';

/** Active units the filter matches, in registry order (their sort key is the draw's stable key). */
async function candidatesFor(filter: CandidateFilter): Promise<Unit[]> {
  const db = getDb();
  const out: Unit[] = [];
  for (const kind of filter.kinds) {
    const prefix = unitSortPrefix(kind);
    const units = await db.units.where('sortKey').between(prefix, `${prefix}\uffff`).toArray();
    out.push(
      ...units.filter(
        (u) => u.isActive === 1 && (!filter.townId || kind !== 'village' || u.parentId === filter.townId),
      ),
    );
  }
  return out;
}

/**
 * The units as the draw and its record name them: a village with its town (牛庄镇·东关村), since a
 * village's name alone may be two places. The name is printed only; the draw orders by the key.
 */
async function asCandidates(units: Unit[]): Promise<DrawCandidate[]> {
  const townIds = [...new Set(units.flatMap((u) => (u.kind === 'village' && u.parentId ? [u.parentId] : [])))];
  const towns = new Map((await getDb().units.bulkGet(townIds)).flatMap((u) => (u ? [[u.id, u.name] as const] : [])));
  return units.map((u) => ({ unitId: u.id, name: unitLabel(u, (id) => towns.get(id)), key: u.sortKey }));
}

function requireApproved(check: Check): void {
  if (check.status === 'draft' || check.status === 'submitted' || check.status === 'rejected')
    throw new AppError('not-approved', {});
}

/** Running a check once the leader signed it: the draw, the 专项通知, start and completion. */
export const checkRunRepo = {
  /** The units a random check draws from, as the draw will see them. */
  candidates: (filter: CandidateFilter): Promise<DrawCandidate[]> =>
    read(async () => asCandidates(await candidatesFor(filter))),

  /**
   * 随机抽查: draws the targets with draw-v1 and keeps everything needed to re-run it (seed,
   * candidates, exclusions with reasons, count, result). Only after the leader's approval, once.
   */
  async draw(
    id: string,
    { seed, exclusions, filterText }: { seed: string; exclusions: DrawExclusion[]; filterText: string },
    now = new Date(),
  ): Promise<Check> {
    const session = requireSession();
    const db = getDb();
    return writeWithAudit([db.checks, db.units], async (audit) => {
      const check = await requireCheck(id);
      if (check.method !== 'random' || !check.drawPlan) throw new AppError('wrong-state', { rule: 'not-random' });
      requireApproved(check);
      if (check.draw) throw new AppError('wrong-state', { rule: 'already-drawn' });
      const candidates = await asCandidates(await candidatesFor(check.drawPlan.filter));
      const input = {
        algorithm: DRAW_ALGORITHM,
        seed: seed.trim(),
        candidates,
        exclusions: exclusions.map((e) => ({ unitId: e.unitId, reason: e.reason.trim() })),
        mode: check.drawPlan.mode,
        value: check.drawPlan.value,
      };
      let outcome: { count: number; result: string[] };
      try {
        outcome = runDraw(input);
      } catch (error) {
        if (error instanceof DrawError) throw new AppError('validation', { field: 'draw', rule: error.rule });
        throw error;
      }
      const draw: DrawRecord = {
        ...input,
        ...outcome,
        filterText,
        drawnAt: now.toISOString(),
        drawnBy: session.displayName,
      };
      const next: Check = { ...check, draw, targetUnitIds: outcome.result, updatedAt: now.toISOString() };
      await db.checks.put(next);
      await audit('checks', id, 'draw', null, {
        seed: draw.seed,
        count: draw.count,
        result: draw.result,
        exclusions: draw.exclusions,
      });
      return next;
    });
  },

  /**
   * 专项通知 to the targets (S2-4.2), from one of the office's 发文字号 prefixes. Refused for an
   * unannounced check (no notice, ever), before approval, and for a random check before its draw.
   */
  async issueNotice(id: string, { prefix, extra = '' }: { prefix: string; extra?: string }, now = new Date()) {
    const office = await settingsRepo.office();
    if (!office.documentPrefixes.includes(prefix))
      throw new AppError('validation', { field: 'documentPrefixes', rule: 'invalid_value' });
    const db = getDb();
    return writeWithAudit([db.checks, db.units, db.docSequences, db.documents], async (audit) => {
      const check = await requireCheck(id);
      if (!mayHaveNotice(check)) throw new AppError('no-notice-unannounced', {});
      requireApproved(check);
      if (check.method === 'random' && !check.draw) throw new AppError('not-drawn', {});
      if (check.noticeDocumentId) throw new AppError('wrong-state', { rule: 'notice-issued' });
      if (check.status === 'completed') throw new AppError('wrong-state', { rule: 'check-completed' });
      const date = localDate(now);
      const names = await targetNames(check, date);
      const issued = await documentsRepo.issue(
        {
          kind: 'notice',
          series: { prefix, style: 'docNumber' },
          sourceId: `checks:${id}`,
          build: (n) =>
            buildCheckNotice(check, { office, number: n.number, date, targetNames: names, handler: '', extra }),
          isSample: check.isSample,
        },
        now,
      );
      await db.checks.put({
        ...check,
        noticeDocumentId: issued.id,
        noticeNumber: issued.number,
        updatedAt: now.toISOString(),
      });
      await audit('checks', id, 'issue', null, { noticeNumber: issued.number });
      return issued;
    });
  },

  /** 开展实地督查: refused, with the reason, unless the leader approved it (S2-5.1). */
  async start(id: string, now = new Date()): Promise<Check> {
    const db = getDb();
    return writeWithAudit([db.checks], async (audit) => {
      const check = await requireCheck(id);
      const blocker = startBlocker(check);
      if (blocker === 'not-approved') {
        if (check.status === 'underway' || check.status === 'completed')
          throw new AppError('wrong-state', { rule: 'check-started' });
        throw new AppError('not-approved', {});
      }
      if (blocker === 'not-drawn') throw new AppError('not-drawn', {});
      if (blocker === 'no-targets')
        throw new AppError('validation', { field: 'targetUnitIds', rule: 'targets-required' });
      const next: Check = { ...check, status: 'underway', startedAt: now.toISOString(), updatedAt: now.toISOString() };
      await db.checks.put(next);
      await audit('checks', id, 'advance', { status: check.status }, { status: next.status });
      return next;
    });
  },

  /** Closes the check once every target was seen; its items live on in the tracked list. */
  async complete(id: string, summary: string, now = new Date()): Promise<Check> {
    const db = getDb();
    return writeWithAudit([db.checks], async (audit) => {
      const check = await requireCheck(id);
      if (check.status !== 'underway') throw new AppError('wrong-state', { rule: 'check-not-underway' });
      const next: Check = {
        ...check,
        status: 'completed',
        summary: summary.trim(),
        completedAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      await db.checks.put(next);
      await audit('checks', id, 'advance', { status: check.status }, { status: next.status, summary: next.summary });
      return next;
    });
  },
};
