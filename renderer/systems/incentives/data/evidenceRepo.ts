import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { read, writeWithAudit } from '../../../core/data/write';
import type { ClaimLine } from '../../../../shared/systems/incentives/claim';
import { claimView, incentivesWriteTables, requireClaim, requireRound } from './incentivesTables';
import { putClaim } from './claimsRepo';
import { invalid, refuse } from './refusals';
import { checkEvidence, type EvidenceFile, evidenceRows } from './storedClaim';

async function requireLine(claimId: string, lineId: string) {
  const claim = claimView(await requireClaim(claimId));
  const round = await requireRound(claim.roundId);
  // Evidence is part of what the reviewer and the leader relied on: fixed once the list is signed.
  if (round.status !== 'open' || (claim.status !== 'received' && claim.status !== 'reviewed'))
    throw refuse('claim-not-editable');
  const line = claim.lines.find((l) => l.id === lineId);
  if (!line) throw invalid('lines', 'unknown-line');
  return { claim, line };
}

/** 证明材料 (S3-3.1: 提交相应证明材料): files kept with each line of a claim. */
export const evidenceRepo = {
  async add(claimId: string, lineId: string, files: readonly EvidenceFile[], now = new Date()): Promise<ClaimLine> {
    const db = getDb();
    const session = requireSession();
    return writeWithAudit([...incentivesWriteTables(), db.attachments], async (audit) => {
      const { claim, line } = await requireLine(claimId, lineId);
      checkEvidence(files, line.evidence.length);
      const rows = evidenceRows(claim, files, session.displayName, now);
      await db.attachments.bulkAdd(rows);
      const evidence = [...line.evidence, ...rows.map((r) => ({ attachmentId: r.id, name: r.name, size: r.size }))];
      const next = { ...line, evidence };
      await putClaim(
        { ...claim, lines: claim.lines.map((l) => (l.id === lineId ? next : l)), updatedAt: now.toISOString() },
        audit,
        'update',
        { lineId, files: rows.map((r) => r.name) },
      );
      return next;
    });
  },

  async remove(claimId: string, lineId: string, attachmentId: string, now = new Date()): Promise<void> {
    const db = getDb();
    await writeWithAudit([...incentivesWriteTables(), db.attachments], async (audit) => {
      const { claim, line } = await requireLine(claimId, lineId);
      const file = line.evidence.find((e) => e.attachmentId === attachmentId);
      if (!file) throw invalid('attachments', 'unknown-file');
      await db.attachments.delete(attachmentId);
      const next = { ...line, evidence: line.evidence.filter((e) => e.attachmentId !== attachmentId) };
      await putClaim(
        { ...claim, lines: claim.lines.map((l) => (l.id === lineId ? next : l)), updatedAt: now.toISOString() },
        audit,
        'update',
        null,
        { lineId, file: file.name },
      );
    });
  },

  blob: (attachmentId: string): Promise<Blob | undefined> =>
    read(async () => (await getDb().attachments.get(attachmentId))?.blob as Blob | undefined),
};
