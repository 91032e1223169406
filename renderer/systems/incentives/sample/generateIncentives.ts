import type { LeaderDecision } from '../../../../shared/core/common/approval';
import { addDays, localDate } from '../../../../shared/core/common/localDate';
import type { ClaimChange } from '../../../../shared/systems/incentives/change';
import type { BonusClaim } from '../../../../shared/systems/incentives/claim';
import { buildChangeSlip } from '../../../../shared/systems/incentives/documents/changeSlip';
import { buildCommendationCircular } from '../../../../shared/systems/incentives/documents/commendationCircular';
import { buildListSlip } from '../../../../shared/systems/incentives/documents/listSlip';
import {
  entryValue,
  type LedgerEntry,
  revocationDelta,
  standingOf,
} from '../../../../shared/systems/incentives/ledger';
import { buildProposal } from '../../../../shared/systems/incentives/proposal';
import type { BonusRound } from '../../../../shared/systems/incentives/round';
import { RULES_2021, ZERO_COUNTS } from '../../../../shared/systems/incentives/rules';
import type { SampleTables } from '../../../core/sample';
import { createRandom } from '../../../core/sample';
import type { RegistrySampleContext } from '../../registry';
import { toStored } from '../data/storedClaim';
import { IncentivesSampleRegister } from './sampleRegister';
import { sampleYear } from './sampleYear';

/**
 * A sample year of System 3 in every state: an approved round whose list was applied (a unit over
 * every cap, an award later revoked, one whose follow-up is due, one with a correction waiting for
 * the leader, one not awarded), a special round with its list on the leader's desk, an open round
 * with applications under review and a possible duplicate, and a rejected round. Pure and seeded.
 */
export function generateIncentives(context: RegistrySampleContext, earlier: Readonly<SampleTables>): SampleTables {
  const pool = context.units.filter((u) => u.isActive === 1 && u.kind !== 'village');
  if (pool.length < 9) return {};
  const rng = createRandom(`${context.seed}/incentives`);
  const today = localDate(context.now);
  const register = new IncentivesSampleRegister(() => rng.uuid(), earlier);
  const { rounds, claims } = sampleYear(rng, today, pool);
  const names = new Map(context.units.map((u) => [u.id, u.name]));
  const unitName = (id: string) => names.get(id) ?? id;
  const office = context.office;
  const entries: LedgerEntry[] = [];
  const leader = office.groupLeaderName || '组长';
  const decision = (on: string, d: LeaderDecision['decision'], slipDocumentId: string): LeaderDecision => ({
    decision: d,
    by: leader,
    on,
    remark: d === 'approved' ? '同意' : '暂缓，材料不够充分',
    recordedBy: '示例',
    recordedAt: `${on}T06:00:00.000Z`,
    slipDocumentId,
  });

  const putToLeader = (
    round: BonusRound,
    printedOn: string,
    decidedOn: string | null,
    d: LeaderDecision['decision'],
  ) => {
    const own = claims.filter((c) => c.roundId === round.id);
    const standing = (unitId: string) =>
      standingOf(entries.filter((e) => e.year === round.year && e.unitId === unitId));
    const rows = buildProposal(RULES_2021, own, standing);
    const slip = register.issue(
      'approvalSlip',
      office.approvalSlipPrefix,
      printedOn,
      `bonusRounds:${round.id}`,
      (number) =>
        buildListSlip(round, rows, {
          office,
          number,
          date: printedOn,
          handler: '示例',
          claimCount: own.length,
          unitName,
        }),
    );
    round.slips.push({ documentId: slip.id, number: slip.number, printedOn, proposal: rows });
    round.status = 'submitted';
    if (!decidedOn) return;
    const signed = decision(decidedOn, d, slip.id);
    round.slips[round.slips.length - 1].decision = signed;
    round.status = d === 'approved' ? 'approved' : 'rejected';
    const listed = new Set(rows.map((r) => r.claimId));
    for (const claim of own) {
      const isAwarded = d === 'approved' && listed.has(claim.id);
      claim.status = isAwarded ? 'awarded' : 'notAwarded';
      if (isAwarded) claim.awardedOn = decidedOn;
    }
    if (d !== 'approved') return;
    round.appliedAt = signed.recordedAt;
    for (const row of rows) {
      const value = entryValue(RULES_2021, standing(row.unitId), row.counts);
      entries.push(entry(round, row.claimId, row.unitId, 'award', round.title, slip, signed, value));
    }
  };

  const entry = (
    round: BonusRound,
    claimId: string,
    unitId: string,
    kind: LedgerEntry['kind'],
    reason: string,
    slip: { id: string; number: string },
    signed: LeaderDecision,
    value: ReturnType<typeof entryValue>,
  ): LedgerEntry => ({
    ...value,
    id: rng.uuid(),
    seq: entries.length + 1,
    unitId,
    year: round.year,
    roundId: round.id,
    claimId,
    kind,
    reason,
    slipNumber: slip.number,
    slipDocumentId: slip.id,
    decidedBy: signed.by,
    decidedOn: signed.on,
    recordedAt: signed.recordedAt,
    recordedBy: '示例',
    isSample: 1,
  });

  const [annual, special, open, rejected] = rounds;
  putToLeader(rejected, addDays(today, -175), addDays(today, -170), 'rejected');
  putToLeader(annual, addDays(today, -92), addDays(today, -85), 'approved');
  const awarded = claims.filter((c) => c.roundId === annual.id && c.status === 'awarded');
  // 表扬通报, 成果表彰会 and publicity for the approved round.
  const commended = awarded.filter((c) => c.isCommended);
  const circularOn = addDays(today, -80);
  const prefix = office.documentPrefixes[office.documentPrefixes.length - 1];
  const circular = register.issue('circular', prefix, circularOn, `bonusRounds:${annual.id}:circular`, (number) =>
    buildCommendationCircular(
      annual,
      commended.map((c) => ({ unitName: unitName(c.unitId), summary: c.summary })),
      {
        office,
        number,
        date: circularOn,
        secrecy: 'public',
      },
    ),
  );
  annual.circular = { documentId: circular.id, number: circular.number, issuedOn: circularOn };
  annual.ceremony = {
    title: `${annual.year}年度全市人才工作成果表彰会`,
    heldOn: addDays(today, -78),
    place: '市委第一会议室',
    unitIds: commended.map((c) => c.unitId),
    decision: `${office.leadingGroupName}关于表彰人才工作成效显著单位的决定`,
    recordedAt: `${addDays(today, -78)}T08:00:00.000Z`,
    recordedBy: '示例',
  };
  annual.publicity = [
    {
      id: rng.uuid(),
      platform: 'haichengWeChat',
      platformName: '',
      title: '我市表扬一批人才工作成效显著单位',
      publishedOn: addDays(today, -77),
      linkText: 'mp.weixin.qq.com/s/示例',
      unitIds: commended.map((c) => c.unitId),
      recordedAt: `${addDays(today, -77)}T08:00:00.000Z`,
      recordedBy: '示例',
    },
    {
      id: rng.uuid(),
      platform: 'douyin',
      platformName: '',
      title: `走近${unitName(commended[0].unitId)}人才驿站`,
      publishedOn: addDays(today, -70),
      linkText: 'v.douyin.com/示例',
      unitIds: [commended[0].unitId],
      recordedAt: `${addDays(today, -70)}T08:00:00.000Z`,
      recordedBy: '示例',
    },
  ];

  // Follow-ups: the capped unit confirmed; the second found to have claimed falsely, and revoked.
  const [capped, falsely, due, corrected] = awarded;
  capped.followUps.push({
    id: rng.uuid(),
    on: addDays(today, -30),
    method: 'visit',
    finding: 'confirmed',
    note: '',
    recordedAt: `${addDays(today, -30)}T08:00:00.000Z`,
    recordedBy: '示例',
  });
  falsely.followUps.push({
    id: rng.uuid(),
    on: addDays(today, -40),
    method: 'documents',
    finding: 'falseClaim',
    note: '社保记录显示所报引进人才仍在原单位工作',
    recordedAt: `${addDays(today, -40)}T08:00:00.000Z`,
    recordedBy: '示例',
  });
  const change = (claim: BonusClaim, c: Omit<ClaimChange, 'id' | 'recordedAt' | 'recordedBy'>, printedOn: string) => {
    const held = standingOf(entries.filter((e) => e.claimId === claim.id));
    const standing = standingOf(entries.filter((e) => e.year === claim.year && e.unitId === claim.unitId));
    // The sample's one correction takes back one result (rule 5).
    const delta = c.kind === 'revocation' ? revocationDelta(entries, claim.id) : { ...ZERO_COUNTS, serviceResults: -1 };
    const value = entryValue(RULES_2021, standing, delta);
    const slip = register.issue(
      'approvalSlip',
      office.approvalSlipPrefix,
      printedOn,
      `bonusClaims:${claim.id}:change`,
      (number) =>
        buildChangeSlip(c, {
          office,
          number,
          date: printedOn,
          handler: '示例',
          unitName: unitName(claim.unitId),
          roundTitle: annual.title,
          awardSlipNumber: annual.slips.at(-1)?.number ?? '',
          lines: claim.lines,
          heldTenths: held.total,
          deltaTenths: value.totalTenths,
        }),
    );
    const drafted: ClaimChange = {
      ...c,
      id: rng.uuid(),
      slip: { documentId: slip.id, number: slip.number, printedOn, deltaTenths: value.totalTenths },
      recordedAt: `${c.foundOn}T08:00:00.000Z`,
      recordedBy: '示例',
    };
    claim.changes.push(drafted);
    return { drafted, slip, value };
  };
  const revocation = change(
    falsely,
    {
      kind: 'revocation',
      reason: '经事后跟踪问效核实，所报全职引进人才未在本单位全职工作，系虚报',
      foundOn: addDays(today, -40),
    },
    addDays(today, -38),
  );
  const signed = decision(addDays(today, -35), 'approved', revocation.slip.id);
  const revoked = entry(
    annual,
    falsely.id,
    falsely.unitId,
    'revocation',
    revocation.drafted.reason,
    revocation.slip,
    signed,
    revocation.value,
  );
  entries.push(revoked);
  Object.assign(revocation.drafted, { decision: signed, entryId: revoked.id });
  falsely.status = 'revoked';
  const result = corrected.lines.find((l) => l.rule === 5)!;
  change(
    corrected,
    {
      kind: 'correction',
      reason: '所报成果数据未经统计部门确认，该项不予认定',
      foundOn: addDays(today, -6),
      lineReviews: [{ lineId: result.id, review: { decision: 'rejected', reason: '数据未经确认', isDistinct: false } }],
    },
    addDays(today, -5),
  );
  void due;

  putToLeader(special, addDays(today, -3), null, 'approved');
  void open;
  return {
    bonusRounds: rounds,
    bonusClaims: claims.map((c) => toStored(c, RULES_2021)),
    bonusLedger: entries,
    documents: register.rows,
    docSequences: register.sequences(),
  };
}
