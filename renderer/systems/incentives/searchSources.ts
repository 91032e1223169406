import type { ClaimLine, LedgerEntry } from '../../../shared/systems/incentives';
import { formatTenths } from '../../../shared/systems/incentives';
import type { BonusRound } from '../../../shared/systems/incentives/round';
import { entryKey, searchSource } from '../../../shared/core/search/source';
import type { StoredClaim } from './data/storedClaim';

/** What a line says: the person and employer, the meeting, the article, the result and its figures. */
function lineText(line: ClaimLine): (string | undefined)[] {
  const facts =
    line.rule === 1 || line.rule === 2
      ? [line.name, line.employer]
      : line.rule === 3
        ? [line.meeting]
        : line.rule === 4
          ? [line.outlet, line.title]
          : [line.description, line.figures];
  return [...facts, line.on, line.review?.reason, ...line.evidence.map((e) => e.name)];
}

/** Rounds (评定): by title, subject, 呈批单 numbers and the leader's remarks, the circular, ceremony and publicity. */
export const roundSearch = searchSource<BonusRound>({
  table: 'bonusRounds',
  kinds: ['round'],
  refOf: (r) => ({ name: r.title }),
  toEntries: (r) => [
    {
      key: entryKey('bonusRounds', r.id),
      kind: 'round',
      title: r.title,
      subtitle: `${r.opensOn} – ${r.closesOn}`,
      fields: [
        r.subject,
        ...r.slips.flatMap((s) => [s.number, s.decision && `${s.decision.by} ${s.decision.remark}`]),
        r.circular?.number,
        r.ceremony && `${r.ceremony.title} ${r.ceremony.place}`,
        ...r.publicity.flatMap((p) => [p.platformName, p.title]),
      ],
      secrecy: 'internal',
      route: `incentives/round.${r.id}`,
      order: r.opensOn,
    },
  ],
});

/**
 * Applications (激励奖励申请): by unit and round, the achievements in the unit's words, every line's
 * facts, the review's opinion and reasons, the declaration, corrections, revocations and follow-ups.
 */
export const claimSearch = searchSource<StoredClaim>({
  table: 'bonusClaims',
  kinds: ['application'],
  toEntries: (c, lookup) => [
    {
      key: entryKey('bonusClaims', c.id),
      kind: 'application',
      title: lookup('units', c.unitId)?.name ?? '',
      subtitle: `${lookup('bonusRounds', c.roundId)?.name ?? ''} ${c.receivedOn}`,
      fields: [
        c.summary,
        c.opinion,
        c.declaration.signedBy,
        ...c.lines.flatMap(lineText),
        ...c.changes.flatMap((ch) => [ch.reason, ch.slip?.number, ch.decision?.remark]),
        ...c.followUps.map((f) => f.note),
      ],
      secrecy: 'internal',
      route: `incentives/claim.${c.id}`,
      order: c.receivedOn,
    },
  ],
});

/** The points ledger (加分台账): an award, correction or revocation by unit, round, reason and signed 呈批单. */
export const ledgerSearch = searchSource<LedgerEntry>({
  table: 'bonusLedger',
  kinds: ['ledgerEntry'],
  toEntries: (e, lookup) => [
    {
      key: entryKey('bonusLedger', e.id),
      kind: 'ledgerEntry',
      title: lookup('units', e.unitId)?.name ?? '',
      subtitle: `${e.decidedOn} ${e.slipNumber}`,
      fields: [e.reason, lookup('bonusRounds', e.roundId)?.name, e.decidedBy, formatTenths(e.totalTenths)],
      secrecy: 'internal',
      route: `incentives/claim.${e.claimId}`,
      order: String(e.seq).padStart(8, '0'),
    },
  ],
});
