import type { Attachment } from '../../../../shared/core/common/attachment';
import { newId } from '../../../../shared/core/common/ids';
import { AppError } from '../../../../shared/core/errors';
import { pendingChange } from '../../../../shared/systems/incentives/change';
import type { BonusClaim } from '../../../../shared/systems/incentives/claim';
import { followUpDueOn } from '../../../../shared/systems/incentives/followUp';
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_PER_LINE } from '../../../../shared/systems/incentives/lines';
import type { BonusRuleSet } from '../../../../shared/systems/incentives/rules';

/** A claim as stored: the claim plus the keys its lists are read by (schema v6). */
export interface StoredClaim extends BonusClaim {
  /** 1 while a change's 呈批单 is printed and the leader has not decided. */
  awaitingLeader: 0 | 1;
  /** Set while an award waits for its first follow-up: "follow-ups due" is one index range. */
  followUpDueOn?: string;
}

/** The claim with the keys its lists are read by, kept in step with it on every write. */
export function toStored(claim: BonusClaim, set: BonusRuleSet): StoredClaim {
  const change = pendingChange(claim);
  const due = claim.status === 'awarded' && claim.followUps.length === 0 ? followUpDueOn(claim, set) : null;
  return { ...claim, awaitingLeader: change?.slip ? 1 : 0, ...(due ? { followUpDueOn: due } : {}) };
}

/** A file as picked by the user. */
export interface EvidenceFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Checked before anything is written: one file too large and nothing is kept. */
export function checkEvidence(files: readonly EvidenceFile[], already: number): void {
  if (files.length + already > MAX_EVIDENCE_PER_LINE)
    throw new AppError('validation', { field: 'attachments', rule: 'too-many-files' });
  for (const f of files)
    if (f.bytes.byteLength > MAX_EVIDENCE_BYTES)
      throw new AppError('attachment-too-large', {
        name: f.name,
        size: megabytes(f.bytes.byteLength),
        max: megabytes(MAX_EVIDENCE_BYTES),
      });
}

/** The attachment rows of a line's evidence (owner: the claim, so a claim's files are one range). */
export function evidenceRows(
  claim: Pick<BonusClaim, 'id' | 'isSample'>,
  files: readonly EvidenceFile[],
  by: string,
  now: Date,
): Attachment[] {
  return files.map((f) => ({
    id: newId(),
    ownerType: 'bonusClaims',
    ownerId: claim.id,
    name: f.name,
    mimeType: f.type || 'application/octet-stream',
    size: f.bytes.byteLength,
    blob: new Blob([f.bytes as BlobPart], { type: f.type || 'application/octet-stream' }),
    addedAt: now.toISOString(),
    addedBy: by,
    isSample: claim.isSample,
  }));
}
