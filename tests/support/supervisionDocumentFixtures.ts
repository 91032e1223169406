import type { OfficialDocument } from '../../shared/core/documents/model';
import { DEFAULT_OFFICE_SETTINGS } from '../../shared/core/office/office';
import { buildCheckApprovalSlip, buildCheckNotice } from '../../shared/systems/supervision/documents/checkDocuments';
import { buildDrawRecordDocument } from '../../shared/systems/supervision/documents/drawRecordDocument';
import {
  buildArchiveIndex,
  buildExplanationSlip,
  buildItemSlip,
} from '../../shared/systems/supervision/documents/itemDocuments';
import { buildExtensionSlip } from '../../shared/systems/supervision/documents/extensionSlip';
import { EXTENSION_REASON_MAX_CHARS } from '../../shared/systems/supervision/extension';
import { MATTER_MAX_CHARS, REQUIREMENT_MAX_CHARS } from '../../shared/systems/supervision/itemInput';
import { buildResultsCircular } from '../../shared/systems/supervision/documents/resultsCircular';
import { DRAW_ALGORITHM, runDraw } from '../../shared/systems/supervision/randomDraw';
import { periodReport } from '../../shared/systems/supervision/report';
import { generateRegistry } from '../../renderer/systems/registry/sample/generateRegistry';
import { aCheck, aFinding, anItem } from './supervisionBuilders';

/** 督办事项 and 督办要求 of exactly the longest allowed length, as an office would write them. */
export const LONGEST_MATTER =
  '牛庄镇人才驿站未按年度任务分解清单要求建成投用，返乡创业人才服务专员未明确，人才政策宣传解读不到位，群众知晓率普遍不高。';
export const LONGEST_REQUIREMENT =
  '按照人才驿站建设标准，于办结时限前完成场地装修、设备配置和服务制度建设，明确专职服务人员并公布联系方式；通过公开栏等渠道宣传解读人才政策，每季度至少开展一次政策宣讲，建立返乡创业人才服务台账；将办理情况报送市人才办。';
/** The same lengths in the text that wraps worst: a mark that may not start a line every few characters. */
const dense = (n: number) => '“人才驿站”（试点）、'.repeat(n).slice(0, n);

/** Every document System 2 produces, filled from the sample registry (340 villages to draw from). */
export function supervisionDocuments(): Record<string, OfficialDocument> {
  const office = { ...DEFAULT_OFFICE_SETTINGS, contactLine: '联系人：王芳，电话：0412-3210000' };
  const { units } = generateRegistry({
    seed: 2026,
    unitCount: 400,
    peopleCount: 0,
    now: new Date('2026-11-25T00:00:00Z'),
  });
  const villages = units.filter((u) => u.kind === 'village');
  const towns = units.filter((u) => u.kind !== 'village');
  const input = {
    algorithm: DRAW_ALGORITHM,
    seed: '5f1c9a0e2b7d4431',
    candidates: villages.map((u) => ({ unitId: u.id, name: u.name, key: u.sortKey })),
    exclusions: [{ unitId: villages[3].id, reason: '督查组成员曾在该村任职' }],
    mode: 'percent' as const,
    value: 5,
  };
  const draw = {
    ...input,
    ...runDraw(input),
    filterText: '村（社区）',
    drawnAt: '2026-05-08T02:00:00.000Z',
    drawnBy: '王芳',
  };
  const drawnNames = draw.result.map((id) => villages.find((v) => v.id === id)!.name);
  const check = aCheck({ method: 'random', draw, targetUnitIds: draw.result, status: 'approved' });
  const ctx = {
    office,
    number: '海人才办呈〔2026〕3号',
    date: '2026-05-06',
    targetNames: drawnNames,
    handler: office.contactLine,
  };
  const item = anItem({
    slipNumber: '海人才督〔2026〕7号',
    replyBy: '2026-06-25',
    requirement:
      '按照建设标准完成人才驿站场地装修和服务制度建设，明确专人负责，于办结时限前投入使用，并将办理情况连同照片等证明材料报送市人才办。',
  });
  const items = towns.slice(0, 18).flatMap((u, i) => [
    anItem({
      id: `a${i}`,
      unitId: u.id,
      dueOn: '2026-06-10',
      status: i % 3 ? 'closed' : 'open',
      closedOn: '2026-06-08',
      slipNumber: `海人才督〔2026〕${i + 1}号`,
    }),
    anItem({ id: `b${i}`, unitId: u.id, dueOn: '2026-06-20', status: 'archived', closedOn: '2026-06-25' }),
  ]);
  const report = periodReport({
    from: '2026-04-01',
    to: '2026-06-30',
    today: '2026-07-02',
    checks: [{ ...check, status: 'completed' }],
    items,
    findings: towns.slice(0, 4).map((u, i) =>
      aFinding({
        id: `f${i}`,
        unitId: u.id,
        itemIds: ['x'],
        goodPractice: '依托村级劳务合作社组织就近就业，建立返乡人才“一人一档”，服务专员当日响应企业诉求。',
      }),
    ),
  });
  const name = (id: string) => units.find((u) => u.id === id)?.name ?? id;
  return {
    checkApprovalSlip: buildCheckApprovalSlip(
      { ...check, method: 'research', drawPlan: null },
      { ...ctx, targetNames: towns.slice(0, 6).map((u) => u.name) },
    ),
    unannouncedApprovalSlip: buildCheckApprovalSlip({ ...check, method: 'unannounced' }, ctx),
    checkNotice: buildCheckNotice(check, { ...ctx, number: '海人才办发〔2026〕4号' }),
    drawRecord: buildDrawRecordDocument({
      checkTitle: check.title,
      draw,
      drawnOn: '2026-05-08',
      office,
      secrecy: 'internal',
    }),
    itemSlip: buildItemSlip(item, {
      office,
      target: '中共海城市牛庄镇委员会',
      date: '2026-05-20',
      number: '海人才督〔2026〕7号',
      handler: '王芳',
    }),
    itemSlipLongest: buildItemSlip(
      { ...item, matter: LONGEST_MATTER, requirement: LONGEST_REQUIREMENT },
      {
        office,
        target: '中共海城经济开发区工作委员会',
        date: '2026-05-20',
        number: '海人才督〔2026〕117号',
        handler: '王芳',
      },
    ),
    // A 督办对象 of two lines (printed twice: on the slip and on the 回执) with the worst-wrapping text,
    // reissued after a correction: the 备注 naming the slip it replaces takes its line too.
    itemSlipLongestDense: buildItemSlip(
      { ...item, matter: dense(MATTER_MAX_CHARS), requirement: dense(REQUIREMENT_MAX_CHARS) },
      {
        office,
        target: '中共海城市经济技术开发区工作委员会（海城市人才发展改革试验区党工委）',
        date: '2026-05-20',
        number: '海人才督〔2026〕118号',
        handler: '王芳',
        replaces: '海人才督〔2026〕117号',
      },
    ),
    extensionSlip: buildExtensionSlip(
      item,
      {
        fromDueOn: '2026-06-30',
        newDueOn: '2026-07-31',
        newReplyBy: '2026-08-03',
        reason: '人才驿站选址需村民代表会议表决，会议因汛期推迟召开。',
        requestedBy: '李明',
        requestedOn: '2026-06-25',
      },
      {
        office,
        target: '中共海城市牛庄镇委员会',
        date: '2026-06-26',
        number: '海人才办呈〔2026〕8号',
        handler: '王芳',
      },
    ),
    // The longest matter and reason, a two-line 督办对象, asked for after the deadline had passed.
    extensionSlipLongest: buildExtensionSlip(
      { ...item, matter: LONGEST_MATTER },
      {
        fromDueOn: '2026-06-30',
        newDueOn: '2026-07-31',
        newReplyBy: '2026-08-03',
        reason: dense(EXTENSION_REASON_MAX_CHARS),
        requestedBy: '李明',
        requestedOn: '2026-07-04',
      },
      {
        office,
        target: '中共海城市经济技术开发区工作委员会（海城市人才发展改革试验区党工委）',
        date: '2026-07-05',
        number: '海人才办呈〔2026〕12号',
        handler: '王芳',
      },
    ),
    explanationSlip: buildExplanationSlip(
      item,
      {
        reason: '人才驿站选址需村民代表会议表决，会议因汛期推迟召开，场地未能按期落实。',
        measures: '7月5日前召开村民代表会议确定场地，7月20日前完成装修并投入使用。',
        submittedBy: '李明',
        receivedOn: '2026-07-03',
        daysOverdue: 3,
      },
      {
        office,
        target: '中共海城市牛庄镇委员会',
        date: '2026-07-03',
        number: '海人才办呈〔2026〕9号',
        handler: '王芳',
      },
    ),
    archiveIndex: buildArchiveIndex({
      item: {
        ...item,
        status: 'closed',
        closedOn: '2026-06-28',
        verifiedBy: '王芳',
        closeNote: '实地查看，已投入使用',
      },
      unitName: '牛庄镇',
      feedback: [
        {
          id: 'fb',
          itemId: item.id,
          receivedOn: '2026-06-25',
          progress: '人才驿站已完成装修并投入使用，配备专职服务人员2名。',
          reportedBy: '李明',
          attachmentIds: ['p1', 'p2'],
          createdAt: '',
          createdBy: '',
          isSample: 0,
        },
      ],
      explanations: [],
      files: [
        { path: '01-督办通知单 海人才督〔2026〕7号.docx', title: '督办通知单（Word）' },
        { path: '01-督办通知单 海人才督〔2026〕7号.pdf', title: '督办通知单（PDF）' },
        { path: '证明材料/01-驿站照片.jpg', title: '证明材料：驿站照片.jpg' },
      ],
      office,
      date: '2026-06-29',
    }),
    resultsCircular: buildResultsCircular(report, {
      office,
      number: '海人才办发〔2026〕9号',
      date: '2026-07-02',
      secrecy: 'internal',
      periodText: '2026年第二季度',
      unitName: name,
    }),
  };
}
