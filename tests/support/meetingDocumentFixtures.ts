import type { OfficialDocument } from '../../shared/core/documents/model';
import { minutesDocument, minutesDraft } from '../../shared/systems/meetings/documents/minutes';
import { topicsApprovalSlip } from '../../shared/systems/meetings/documents/slips';
import { aMeeting, aRecord, aRow, aTopic, approved } from './meetingBuilders';

/** System 1's documents where their layout is at stake: the 呈批单 with many topics, and classified 纪要. */

const proceedings = {
  reported: '会议听取了有关情况汇报。',
  problems: '',
  resolvers: '',
  decisions: '按程序抓好落实。',
  recordedAt: '',
  recordedBy: '',
};

/** Six topics with the long titles real agendas carry, one with a document under deliberation, one classified. */
export const SIX_LONG_TOPICS = [
  aTopic({
    id: 't1',
    order: 1,
    kind: 'convey',
    title: '传达学习省委十三届九次全会和全省人才工作会议精神，研究我市贯彻落实措施',
    sourceDocument: '全省人才工作会议',
  }),
  aTopic({
    id: 't2',
    order: 2,
    kind: 'studyExperience',
    title: '学习借鉴深圳、苏州等地人才发展体制机制改革的先进经验和特色做法',
  }),
  aTopic({
    id: 't3',
    order: 3,
    kind: 'reportDeploy',
    title: '通报全市前三季度人才工作情况，部署第四季度“双招双引”和人才驿站建设重点任务',
    documents: [{ id: 'd1', title: '海城市人才驿站建设实施方案（试行）', consent: approved(), opinions: [] }],
  }),
  aTopic({
    id: 't4',
    order: 4,
    kind: 'progressReports',
    title: '听取牛庄镇、西柳镇、海城经济开发区和市教育局人才工作进展及下步计划汇报',
    presenterUnitId: 'u4',
    presenterName: '牛庄镇',
  }),
  aTopic({
    id: 't5',
    order: 5,
    kind: 'hearInvitees',
    title: '征求列席市人大代表、政协委员和专家人才代表对我市人才政策落实情况的意见建议',
  }),
  aTopic({ id: 't6', order: 6, kind: 'other', title: '研究高层次人才引进专项资金使用有关涉密事项', secrecy: 'secret' }),
];

export function meetingDocuments(): Record<
  'manyTopicsSlip' | 'fewTopicsSlip' | 'secretMinutes' | 'confidentialMinutes',
  OfficialDocument
> {
  const record = aRecord({ topics: SIX_LONG_TOPICS });
  const handler = '联系人：刘洋，电话：0412-3210000';
  const few = aRecord({
    meeting: aMeeting({ title: '第六次调度会议', place: '三楼会议室', chair: '刘志刚' }),
    topics: [aTopic({ title: '传达学习省委人才工作会议精神' })],
  });
  const held = aRecord({
    meeting: aMeeting({ status: 'held', heldOn: '2026-11-26' }),
    topics: SIX_LONG_TOPICS.map((t) => ({ ...t, proceedings })),
    attendance: [
      aRow({ id: '1', name: '海城市教育局', status: 'present' }),
      aRow({ id: '2', group: 'town', name: '牛庄镇', status: 'present' }),
    ],
  });
  const draft = minutesDraft(held);
  return {
    manyTopicsSlip: topicsApprovalSlip(record, '海人才办呈〔2026〕4号', '2026-11-10', handler),
    fewTopicsSlip: topicsApprovalSlip(few, '海人才办呈〔2026〕5号', '2026-11-10', handler),
    secretMinutes: minutesDocument(held, draft, '第6期', '2026-11-28'),
    confidentialMinutes: minutesDocument(
      { ...held, meeting: { ...held.meeting, secrecy: 'confidential' } },
      { ...draft, secrecyTerm: '1年' },
      '第7期',
      '2026-11-28',
    ),
  };
}
