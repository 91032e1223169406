import { DEFAULT_OFFICE_SETTINGS, type OfficeSettings } from '../shared/core/office/office';
import type { Block, DocumentKind, FormAttachment, OfficialDocument } from '../shared/core/documents/model';
import { localDate } from '../shared/core/common/localDate';
import { topicList } from '../shared/systems/meetings/documents/slips';
import {
  buildApprovalSlip,
  buildBulletin,
  buildCircular,
  buildLetter,
  buildMinutes,
  buildNotice,
  buildPlan,
  buildSignInSheet,
  buildSupervisionSlip,
} from '../shared/core/documents/templates';
import { generateRegistry } from '../renderer/systems/registry/sample/generateRegistry';
import { createRandom, type Random } from '../renderer/core/sample/random';
import { buildDrawRecordDocument } from '../shared/systems/supervision/documents/drawRecordDocument';
import { DRAW_ALGORITHM, runDraw } from '../shared/systems/supervision/randomDraw';

/**
 * One sample document per template, filled from the sample registry, with bodies that run past
 * three pages where the kind allows. Used by `npm run docs:samples`, the tests and the bench.
 */
const TOPICS = [
  '传达学习上级人才工作会议和文件精神，研究贯彻落实措施',
  '学习外地人才工作先进经验和特色做法',
  '通报全市人才工作情况，部署阶段性重点任务',
  '听取各镇（街道）、各开发区和成员单位工作进展及下步计划',
  '征求列席人大代表、政协委员和专家人才代表意见建议',
];

/** The kinds of the five sample topics, in the seed's order. */
const SAMPLE_TOPIC_KINDS = ['convey', 'studyExperience', 'reportDeploy', 'progressReports', 'hearInvitees'] as const;

/** A 呈批单 whose 拟办意见 says （见附件） carries the attachment it names. */
function withAttachment(doc: OfficialDocument, attachment: FormAttachment): OfficialDocument {
  return { ...doc, form: { ...doc.form!, attachment } };
}

const CLAUSES = [
  '要坚持党管人才原则，把人才工作摆在更加突出的位置，切实履行管宏观、管政策、管协调、管服务职责',
  '要聚焦产业发展需求，精准引进急需紧缺人才，完善人才服务保障体系，推动人才政策落地见效',
  '要压实工作责任，建立任务清单、责任清单和时限清单，确保各项任务按期保质完成',
  '要加强督查调度，对进展缓慢的事项及时督办，对工作成效突出的单位及时总结推广',
];

function paragraph(rng: Random, units: readonly string[]): string {
  const who = rng.pick(units);
  return `${who}${rng.pick(CLAUSES)}；${rng.pick(CLAUSES)}。截至目前，已完成年度任务的${rng.int(60, 95)}%，下一步将围绕${rng.pick(TOPICS)}持续用力。`;
}

/** A body of `sections` level-1 sections, each with sub-headings and paragraphs. */
export function sampleBody(rng: Random, units: readonly string[], sections: number): Block[] {
  const blocks: Block[] = [];
  for (let s = 0; s < sections; s++) {
    blocks.push({ type: 'heading', level: 1, text: rng.pick(TOPICS) });
    for (let h = 0; h < 2; h++) {
      blocks.push({
        type: 'heading',
        level: 2,
        text: `${rng.pick(['明确责任分工', '强化统筹协调', '狠抓任务落实', '加强宣传引导'])}`,
      });
      for (let p = 0; p < 3; p++) blocks.push({ type: 'paragraph', text: paragraph(rng, units) });
    }
  }
  return blocks;
}

export interface SampleDocumentOptions {
  seed?: number;
  now: Date;
  office?: OfficeSettings;
  /** Level-1 sections of the long bodies (4 runs past three pages). */
  sections?: number;
}

export function generateSampleDocuments({
  seed = 2026,
  now,
  office = DEFAULT_OFFICE_SETTINGS,
  sections = 4,
}: SampleDocumentOptions): Record<DocumentKind, OfficialDocument> {
  const rng = createRandom(seed);
  const { units, people } = generateRegistry({ seed, unitCount: 80, peopleCount: 140, now });
  const names = (kind: string) => units.filter((u) => u.kind === kind).map((u) => u.name);
  const members = names('member');
  const towns = names('town');
  const invitees = people.filter((p) => p.role === 'invitee').map((p) => p.name);
  const staff = people.find((p) => p.role === 'staff');
  const date = localDate(now);
  const year = now.getFullYear();
  const base = { office, date, secrecy: 'internal' as const };
  const contact = `联系人：${staff?.name ?? '王芳'}，电话：0412-3210000`;
  const villages = units
    .filter((u) => u.kind === 'village')
    .map((u) => ({ unitId: u.id, name: u.name, key: u.sortKey }));
  const drawInput = {
    algorithm: DRAW_ALGORITHM,
    seed: '5f1c9a0e2b7d4431',
    candidates: villages,
    exclusions: villages.slice(0, 1).map((v) => ({ unitId: v.unitId, reason: '督查组成员曾在该村任职' })),
    mode: 'count',
    value: Math.min(3, Math.max(1, villages.length - 1)),
  } as const;
  const recipients = '各镇（街道）、各开发区党（工）委，市人才工作领导小组各成员单位：';
  return {
    notice: buildNotice({
      ...base,
      secrecy: 'secret',
      secrecyTerm: '1年',
      urgency: 'urgent',
      copyNumber: '000008',
      issuer: 'leadingGroup',
      number: `海人才发〔${year}〕3号`,
      title: `关于召开${year}年第六次“党管人才”日常调度会议的通知`,
      mainRecipients: recipients,
      body: sampleBody(rng, [...members, ...towns], sections),
      attachments: ['会议议程', '参会回执'],
      contact,
      cc: ['市委办公室', '市政府办公室'],
    }),
    minutes: buildMinutes({
      ...base,
      issueLabel: '第6期',
      title: `${year}年第六次“党管人才”日常调度会议纪要`,
      body: sampleBody(rng, [...members, ...towns], sections),
      present: [...members.slice(0, 12), ...towns.slice(0, 8)],
      onLeave: [`${members[12] ?? '市财政局'}（委托副职参会）`],
      attending: invitees.slice(0, 6),
    }),
    bulletin: buildBulletin({
      ...base,
      secrecy: 'public',
      issueLabel: '第5期',
      title: `市人才工作领导小组召开${year}年第六次日常调度会议`,
      body: sampleBody(rng, [...members, ...towns], sections),
      reportTo: ['鞍山市委人才办'],
      sendTo: ['市委、市人大常委会、市政府、市政协有关领导'],
      distributeTo: ['市人才工作领导小组各成员单位', '各镇（街道）、各开发区'],
      copies: 60,
    }),
    circular: buildCircular({
      ...base,
      issuer: 'office',
      number: `海人才办发〔${year}〕5号`,
      title: `关于${year}年第三季度人才工作督查抽查情况的通报`,
      mainRecipients: recipients,
      body: [
        ...sampleBody(rng, towns, sections),
        {
          type: 'table',
          columns: [
            { title: '单位', widthMm: 66 },
            { title: '督办事项', widthMm: 30 },
            { title: '已办结', widthMm: 30 },
            { title: '办结率', widthMm: 30 },
          ],
          rows: towns.slice(0, 8).map((t) => {
            const n = rng.int(2, 6);
            const done = rng.int(0, n);
            return [t, String(n), String(done), `${Math.round((done / n) * 100)}%`];
          }),
        },
      ],
    }),
    supervisionSlip: buildSupervisionSlip({
      ...base,
      number: `海人才督〔${year}〕7号`,
      target: `${towns[0] ?? '牛庄镇'}党委`,
      matter: '年度人才驿站建设任务尚未完成：现场察看发现场地未落实、服务制度未建立。',
      requirement: '请于办结时限前完成场地落实和服务制度建设，并将办理情况连同证明材料报送市人才办。',
      deadline: `${year}-12-20`,
      replyBy: `${year}-12-22`,
      contact,
    }),
    approvalSlip: withAttachment(
      buildApprovalSlip({
        ...base,
        urgency: 'urgent',
        number: `海人才办呈〔${year}〕11号`,
        subject: `关于${year}年第六次“党管人才”日常调度会议议题的请示`,
        proposal: `拟于近期召开第六次日常调度会议，议题${TOPICS.length}项（见附件）。妥否，请批示。`,
        handler: contact,
      }),
      topicList(
        TOPICS.map((title, i) => ({
          title,
          kind: SAMPLE_TOPIC_KINDS[i],
          presenterName: i === 3 ? '各镇（街道）' : '市人才办',
          secrecy: 'internal',
          documents: i === 2 ? [{ title: '海城市人才驿站建设实施方案' }] : [],
        })),
      ),
    ),
    plan: buildPlan({
      ...base,
      issuer: 'office',
      number: `海人才办发〔${year}〕6号`,
      title: `${year}年第六次“党管人才”日常调度会议方案`,
      body: sampleBody(rng, [...members, ...towns], 2),
      contact,
    }),
    signInSheet: buildSignInSheet({
      office,
      secrecy: 'internal',
      meetingTitle: `${year}年第六次“党管人才”日常调度会议`,
      time: `${year}年11月26日（星期四）9:00`,
      place: '市委组织部三楼会议室',
      attendees: [...members.slice(0, 12), ...towns.slice(0, 8), ...invitees.slice(0, 4)],
    }),
    record: buildDrawRecordDocument({
      checkTitle: `${year}年第二季度村（社区）招工招才工作随机抽查`,
      draw: {
        ...drawInput,
        candidates: [...drawInput.candidates],
        exclusions: [...drawInput.exclusions],
        ...runDraw({ ...drawInput, candidates: [...drawInput.candidates], exclusions: [...drawInput.exclusions] }),
        filterText: '村（社区）',
        drawnAt: `${date}T02:00:00.000Z`,
        drawnBy: staff?.name ?? '王芳',
      },
      drawnOn: date,
      office,
      secrecy: 'internal',
    }),
    letter: buildLetter({
      ...base,
      secrecy: 'public',
      number: `海人才办函〔${year}〕4号`,
      title: '关于商请推荐专家人才代表列席日常调度会议的函',
      mainRecipients: '市科学技术协会：',
      body: sampleBody(rng, members, 1),
      contact,
    }),
  };
}
