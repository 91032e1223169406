import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_SETTINGS } from '../../../core/office/office';
import { aClaim, accepted, aLine, anArticle, aPerson, aRound } from '../../../../tests/support/incentivesBuilders';
import { EMPTY_STANDING, entryValue, type LedgerEntry, revocationDelta, standingOf } from '../ledger';
import { buildProposal } from '../proposal';
import { unitYearReports } from '../report';
import { acceptedCounts } from '../review';
import { RULES_2021 } from '../rules';
import { buildChangeSlip } from './changeSlip';
import { buildCommendationCircular } from './commendationCircular';
import { buildListSlip } from './listSlip';
import { buildPointsReport } from './pointsReport';

const office = { ...DEFAULT_OFFICE_SETTINGS, contactLine: '联系人：王芳，电话：0412-3210000' };
const names: Record<string, string> = { ua: '牛庄镇', ub: '市教育局' };
const unitName = (id: string) => names[id] ?? id;
const row = (doc: { form?: { rows: { label: string; value: string; minHeightMm?: number }[] } }, label: string) =>
  doc.form?.rows.find((r) => r.label === label);

const claimA = aClaim({
  id: 'A',
  unitId: 'ua',
  status: 'reviewed',
  opinion: '属实',
  isCommended: true,
  lines: [aLine(aPerson(), accepted), aLine(aPerson(), accepted), aLine(anArticle(), accepted)],
});

describe('the 呈批单 of a round’s list', () => {
  it('puts the proposed awardees and points to the group leader, with the list attached', () => {
    const rows = buildProposal(RULES_2021, [claimA], () => EMPTY_STANDING);
    const doc = buildListSlip(aRound(), rows, {
      office,
      number: '海人才办呈〔2026〕9号',
      date: '2026-12-20',
      handler: '王芳',
      claimCount: 2,
      unitName,
    });
    expect(doc).toMatchObject({ kind: 'approvalSlip', number: '海人才办呈〔2026〕9号', title: '呈批单' });
    expect(row(doc, '事由')?.value).toBe('关于2026年度人才工作激励奖励评定结果的请示');
    expect(row(doc, '拟办意见')?.value).toContain('拟对1个单位通报表扬，对1个单位给予绩效加分共1分（名单见附件）');
    expect(row(doc, '领导批示')?.minHeightMm).toBeGreaterThanOrEqual(60);
    const table = doc.form?.attachment?.body[0];
    expect(doc.form?.attachment?.title).toBe('激励奖励对象和加分名单');
    expect(table?.type === 'table' && table.rows).toEqual([
      ['1', '牛庄镇', '引进2人、鞍山市级以上报道1篇（第一项0.5分、第四项0.5分）', '1', '是'],
    ]);
  });
});

describe('the 表扬通报', () => {
  it('commends the units in the office’s name, numbered, with what each achieved', () => {
    const doc = buildCommendationCircular(
      aRound(),
      [
        { unitName: '牛庄镇', summary: '全职引进博士2人。' },
        { unitName: '市教育局', summary: '培养省级名师4人。' },
      ],
      { office, number: '海人才办发〔2027〕2号', date: '2027-01-05', secrecy: 'public' },
    );
    expect(doc).toMatchObject({
      kind: 'circular',
      number: '海人才办发〔2027〕2号',
      title: '关于表扬2026年度人才工作成效显著单位的通报',
      issuerMark: '海城市人才工作领导小组办公室文件',
    });
    expect(doc.signature?.organ).toBe('海城市人才工作领导小组办公室');
    expect(doc.body.some((b) => b.type === 'paragraph' && b.text === '牛庄镇：全职引进博士2人。')).toBe(true);
  });
});

describe('the revocation 呈批单 and the points report', () => {
  const e1 = {
    ...entryValue(RULES_2021, EMPTY_STANDING, acceptedCounts(claimA.lines)),
    id: 'e1',
    claimId: 'A',
    unitId: 'ua',
    year: 2026,
    kind: 'award',
  } as LedgerEntry;

  it('asks the leader to revoke an award, naming the points it takes away', () => {
    const value = entryValue(RULES_2021, standingOf([e1]), revocationDelta([e1], 'A'));
    const doc = buildChangeSlip(
      { kind: 'revocation', reason: '引进人才张伟未全职到岗，系虚报', foundOn: '2027-03-02' },
      {
        office,
        number: '海人才办呈〔2027〕3号',
        date: '2027-03-05',
        handler: '王芳',
        unitName: '牛庄镇',
        roundTitle: '2026年度人才工作激励奖励评定',
        awardSlipNumber: '海人才办呈〔2026〕9号',
        lines: claimA.lines,
        heldTenths: 10,
        deltaTenths: value.totalTenths,
      },
    );
    expect(row(doc, '事由')?.value).toBe('取消激励奖励资格');
    expect(row(doc, '核查情况')?.value).toBe('引进人才张伟未全职到岗，系虚报（2027年3月2日发现）');
    expect(row(doc, '拟办意见')?.value).toContain('扣减绩效加分1分');
  });

  it('keeps a revoked award on the report, struck through, with its reason and the slip that decided it', () => {
    const rev = {
      ...entryValue(RULES_2021, standingOf([e1]), revocationDelta([e1], 'A')),
      id: 'e2',
      claimId: 'A',
      unitId: 'ua',
      year: 2026,
      kind: 'revocation',
    } as LedgerEntry;
    const revoked = {
      ...claimA,
      status: 'revoked' as const,
      changes: [
        {
          id: 'x',
          kind: 'revocation' as const,
          reason: '虚报',
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
    const [report] = unitYearReports(RULES_2021, 2026, [revoked], [e1, rev]);
    expect(report.total).toBe(0);
    expect(report.rules[0]).toMatchObject({
      claimedCount: 2,
      acceptedCount: 0,
      tenths: 0,
      revokedCount: 2,
      revokedTenths: 5,
    });
    const doc = buildPointsReport([report], { office, year: 2026, date: '2027-03-10', unitName });
    const struck = doc.form!.rows.find((r) => r.isStruck);
    expect(struck?.label).toBe('牛庄镇（已取消）');
    expect(struck?.value).toContain('原加分1分');
    expect(row(doc, '取消原因')?.value).toBe('虚报（李强于2027年3月6日签批，海人才办呈〔2027〕3号）');
  });
});
