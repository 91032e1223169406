import type { OfficialDocument } from '../../shared/core/documents/model';
import { DEFAULT_OFFICE_SETTINGS } from '../../shared/core/office/office';
import { CHANGE_REASON_MAX_CHARS } from '../../shared/systems/incentives/change';
import { buildChangeSlip } from '../../shared/systems/incentives/documents/changeSlip';
import { buildCommendationCircular } from '../../shared/systems/incentives/documents/commendationCircular';
import { buildListSlip } from '../../shared/systems/incentives/documents/listSlip';
import { buildPointsReport } from '../../shared/systems/incentives/documents/pointsReport';
import {
  EMPTY_STANDING,
  entryValue,
  type LedgerEntry,
  revocationDelta,
  standingOf,
} from '../../shared/systems/incentives/ledger';
import { buildProposal } from '../../shared/systems/incentives/proposal';
import { unitYearReports } from '../../shared/systems/incentives/report';
import { acceptedCounts } from '../../shared/systems/incentives/review';
import { RULES_2021 } from '../../shared/systems/incentives/rules';
import { aClaim, accepted, aLine, anArticle, aPerson, aResult, aRound, aTalk, aTrainee } from './incentivesBuilders';

/** A 核查情况 of exactly the longest allowed length. */
export const LONGEST_CHANGE_REASON =
  '经事后跟踪问效实地核查，该单位申报的全职引进博士张伟、李娜二人均未在本单位全职到岗，社保缴纳记录显示其仍在原单位工作，所附劳动合同系补签，属虚报。另申报的鞍山日报刊发稿件经查实为海城市级报刊转载，存在瞒报情形。'
    .repeat(2)
    .slice(0, CHANGE_REASON_MAX_CHARS);

const office = { ...DEFAULT_OFFICE_SETTINGS, contactLine: '联系人：王芳，电话：0412-3210000' };
const TOWNS = ['牛庄镇', '西柳镇', '腾鳌镇', '感王镇', '析木镇', '孤山镇', '岔沟镇', '接文镇', '马风镇', '八里镇'];

/** Forty units on one round's list, one of them over every cap. */
function roundClaims() {
  return Array.from({ length: 40 }, (_, i) =>
    aClaim({
      id: `c${i}`,
      unitId: `u${i}`,
      status: 'reviewed',
      opinion: '属实',
      isCommended: i % 3 === 0,
      lines:
        i === 0
          ? [
              ...Array.from({ length: 9 }, () => aLine(aPerson(), accepted)),
              ...Array.from({ length: 9 }, () => aLine(aTrainee(), accepted)),
              ...Array.from({ length: 5 }, () => aLine(aTalk(), accepted)),
              ...Array.from({ length: 5 }, () => aLine(anArticle(), accepted)),
              ...Array.from({ length: 4 }, () => aLine(aResult(), accepted)),
            ]
          : [aLine(aPerson(), accepted), aLine(anArticle({ level: i % 2 ? 'haicheng' : 'anshanOrHigher' }), accepted)],
    }),
  );
}

export const unitName = (id: string) => `${TOWNS[Number(id.slice(1)) % 10]}${id}`;

/** Every document System 3 produces, at the sizes an office meets. */
export function incentivesDocuments(): Record<string, OfficialDocument> {
  const claims = roundClaims();
  const rows = buildProposal(RULES_2021, claims, () => EMPTY_STANDING);
  const listSlip = buildListSlip(aRound(), rows, {
    office,
    number: '海人才办呈〔2026〕19号',
    date: '2026-12-20',
    handler: '王芳',
    claimCount: 43,
    unitName,
  });
  const award = {
    ...entryValue(RULES_2021, EMPTY_STANDING, acceptedCounts(claims[1].lines)),
    id: 'e1',
    claimId: 'c1',
    unitId: 'u1',
    year: 2026,
    kind: 'award',
  } as LedgerEntry;
  const revocation = entryValue(RULES_2021, standingOf([award]), revocationDelta([award], 'c1'));
  const changeCtx = {
    office,
    date: '2027-03-05',
    handler: '王芳',
    unitName: '中共海城市牛庄镇委员会',
    roundTitle: '2026年度人才工作激励奖励评定',
    awardSlipNumber: '海人才办呈〔2026〕19号',
    lines: claims[1].lines,
    heldTenths: award.totalTenths,
  };
  const revocationSlip = buildChangeSlip(
    { kind: 'revocation', reason: LONGEST_CHANGE_REASON, foundOn: '2027-03-02' },
    { ...changeCtx, number: '海人才办呈〔2027〕3号', deltaTenths: revocation.totalTenths },
  );
  const correctionSlip = buildChangeSlip(
    {
      kind: 'correction',
      reason: LONGEST_CHANGE_REASON,
      foundOn: '2027-03-02',
      lineReviews: claims[1].lines.map((l) => ({
        lineId: l.id,
        review: { decision: 'rejected' as const, reason: '经核查不属实', isDistinct: false },
      })),
    },
    { ...changeCtx, number: '海人才办呈〔2027〕4号', deltaTenths: -award.totalTenths },
  );
  const circular = buildCommendationCircular(
    aRound(),
    claims.filter((c) => c.isCommended).map((c) => ({ unitName: unitName(c.unitId), summary: c.summary })),
    { office, number: '海人才办发〔2027〕2号', date: '2027-01-05', secrecy: 'public' },
  );
  const revokedClaim = {
    ...claims[1],
    status: 'revoked' as const,
    changes: [
      {
        id: 'x',
        kind: 'revocation' as const,
        reason: '引进人才未全职到岗，系虚报',
        foundOn: '2027-03-02',
        slip: { documentId: 'd', number: '海人才办呈〔2027〕3号', printedOn: '2027-03-05', deltaTenths: -10 },
        decision: {
          decision: 'approved' as const,
          by: '李强',
          on: '2027-03-06',
          remark: '',
          recordedBy: '王芳',
          recordedAt: '',
        },
        entryId: 'e2',
        recordedAt: '',
        recordedBy: '王芳',
      },
    ],
  };
  const entries = [
    award,
    { ...revocation, id: 'e2', claimId: 'c1', unitId: 'u1', year: 2026, kind: 'revocation' } as LedgerEntry,
  ];
  const report = buildPointsReport(unitYearReports(RULES_2021, 2026, [revokedClaim], entries), {
    office,
    year: 2026,
    date: '2027-03-10',
    unitName,
  });
  return { listSlip, revocationSlip, correctionSlip, circular, report };
}
