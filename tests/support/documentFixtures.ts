import type { Block, OfficialDocument } from '../../shared/core/documents/model';

/** Documents to render in tests: each layout, with bodies long enough to run past three pages. */

const SENTENCE =
  '各镇（街道）、各开发区党（工）委和市人才工作领导小组各成员单位要坚持党管人才原则，把人才工作摆在更加突出的位置，切实履行管宏观、管政策、管协调、管服务职责，推动各项部署落地落实，确保2026年度重点任务按期完成。';

export function longBody(paragraphs = 24): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 8 === 0) blocks.push({ type: 'heading', level: 1, text: `第${i / 8 + 1}部分工作要求` });
    if (i % 4 === 1) blocks.push({ type: 'heading', level: 2, text: '明确责任分工' });
    if (i % 4 === 2) blocks.push({ type: 'heading', level: 3, text: '加强统筹协调。' });
    if (i % 4 === 3) blocks.push({ type: 'heading', level: 4, text: '定期调度推进。' });
    blocks.push({ type: 'paragraph', text: SENTENCE.repeat(1 + (i % 3)) });
  }
  return blocks;
}

export const noticeFixture: OfficialDocument = {
  kind: 'notice',
  copyNumber: '000012',
  secrecy: 'secret',
  secrecyTerm: '1年',
  urgency: 'urgent',
  issuerMark: '海城市人才工作领导小组文件',
  number: '海人才发〔2026〕3号',
  title: '关于召开2026年第六次“党管人才”日常调度会议的通知',
  mainRecipients: '各镇（街道）、各开发区党（工）委，市人才工作领导小组各成员单位：',
  body: longBody(24),
  attachments: ['会议议程', '参会回执'],
  signature: { organ: '海城市人才工作领导小组', date: '2026-11-20', isSealed: true },
  note: '（联系人：王芳，电话：0412-3210000）',
  colophon: { cc: ['市委办公室', '市政府办公室'], printedBy: '海城市人才工作领导小组办公室', printedOn: '2026-11-20' },
};

export const minutesFixture: OfficialDocument = {
  kind: 'minutes',
  secrecy: 'internal',
  urgency: 'none',
  title: '2026年第六次“党管人才”日常调度会议纪要',
  body: longBody(20),
  minutes: {
    markText: '海城市“党管人才”日常调度会议纪要',
    issueLabel: '第6期',
    present: ['市委组织部', '市教育局', '市科学技术局', '市人力资源和社会保障局', '牛庄镇', '西柳镇', '海城经济开发区'],
    onLeave: ['市财政局（委托李明同志参会）'],
    attending: ['市人大代表张华', '政协委员刘洋', '专家人才代表陈静'],
  },
  colophon: { cc: [], printedBy: '海城市人才工作领导小组办公室', printedOn: '2026-11-22' },
};

export const bulletinFixture: OfficialDocument = {
  kind: 'bulletin',
  secrecy: 'public',
  urgency: 'none',
  title: '市人才工作领导小组召开2026年第六次日常调度会议',
  body: longBody(20),
  bulletin: {
    name: '人才工作简报',
    issueLabel: '第5期',
    editor: '海城市人才工作领导小组办公室',
    date: '2026-11-23',
    reportTo: ['鞍山市委人才办'],
    sendTo: ['市委常委', '市人大常委会、市政府、市政协有关领导'],
    distributeTo: ['市人才工作领导小组各成员单位', '各镇（街道）、各开发区'],
    copies: 60,
  },
};

export const supervisionSlipFixture: OfficialDocument = {
  kind: 'supervisionSlip',
  secrecy: 'internal',
  urgency: 'none',
  number: '海人才督〔2026〕7号',
  title: '督办通知单',
  body: [],
  form: {
    labelWidthMm: 36,
    rows: [
      { label: '督办对象', value: '牛庄镇党委' },
      { label: '督办事项', value: '2026年度人才驿站建设任务尚未完成，现场察看发现场地未落实、制度未上墙。' },
      {
        label: '督办要求',
        value: '请于规定时限内完成场地落实和制度建设，并将办理情况连同证明材料报送市人才办。',
        minHeightMm: 30,
      },
      { label: '办结时限', value: '2026年12月20日' },
      { label: '反馈时限', value: '2026年12月22日' },
      { label: '联系人', value: '王芳  0412-3210000' },
    ],
    footer: '督办单位（盖章）：海城市人才工作领导小组办公室        2026年11月25日',
    tearOff: {
      title: '回执',
      rows: [
        { label: '编号', value: '海人才督〔2026〕7号' },
        { label: '单位', value: '' },
        { label: '办理情况', value: '', minHeightMm: 30 },
        { label: '负责人', value: '' },
        { label: '日期', value: '' },
      ],
    },
  },
};

export const approvalSlipFixture: OfficialDocument = {
  kind: 'approvalSlip',
  secrecy: 'internal',
  urgency: 'urgent',
  title: '呈批单',
  body: [],
  form: {
    labelWidthMm: 36,
    rows: [
      { label: '事由', value: '关于2026年第六次“党管人才”日常调度会议议题的请示' },
      { label: '呈报单位', value: '海城市人才工作领导小组办公室' },
      { label: '文号', value: '海人才办呈〔2026〕11号' },
      { label: '密级', value: '内部' },
      { label: '紧急程度', value: '加急' },
      { label: '拟办意见', value: '拟于12月上旬召开会议，议题三项（见附件），妥否，请批示。', minHeightMm: 30 },
      { label: '领导批示', value: '', minHeightMm: 60 },
      { label: '办理结果', value: '', minHeightMm: 20 },
      { label: '承办人', value: '王芳  0412-3210000' },
    ],
  },
};

export const letterFixture: OfficialDocument = {
  kind: 'letter',
  secrecy: 'public',
  urgency: 'none',
  issuerMark: '海城市人才工作领导小组办公室',
  number: '海人才办函〔2026〕4号',
  title: '关于商请推荐专家人才代表列席日常调度会议的函',
  mainRecipients: '市科学技术协会：',
  body: longBody(10),
  signature: { organ: '海城市人才工作领导小组办公室', date: '2026-11-18', isSealed: true },
};

export const circularFixture: OfficialDocument = {
  ...noticeFixture,
  kind: 'circular',
  copyNumber: undefined,
  secrecy: 'internal',
  secrecyTerm: undefined,
  urgency: 'none',
  number: '海人才发〔2026〕5号',
  title: '关于2026年第三季度人才工作督查抽查情况的通报',
  body: [
    ...longBody(16),
    {
      type: 'table',
      columns: [
        { title: '单位', widthMm: 60 },
        { title: '督办事项', widthMm: 30 },
        { title: '已办结', widthMm: 30 },
        { title: '办结率', widthMm: 36 },
      ],
      rows: [
        ['牛庄镇', '4', '3', '75%'],
        ['西柳镇', '5', '5', '100%'],
        ['市教育局', '2', '1', '50%'],
      ],
    },
  ],
  attachments: undefined,
};

export const ALL_FIXTURES = {
  notice: noticeFixture,
  minutes: minutesFixture,
  bulletin: bulletinFixture,
  circular: circularFixture,
  supervisionSlip: supervisionSlipFixture,
  approvalSlip: approvalSlipFixture,
  letter: letterFixture,
} as const;
