import { describe, expect, it } from 'vitest';
import { aMeeting, aRecord, aRow, aTopic, aTopicInput } from '../../../tests/support/meetingBuilders';
import { meetingActions, minutesDraft, topicMinutes } from './documents/minutes';
import { TOPIC_KINDS, topicInputSchema } from './topic';

const issues = (input: object) =>
  topicInputSchema.safeParse(aTopicInput(input)).error?.issues.map((i) => i.message) ?? [];
const proceedings = { reported: '', problems: '', resolvers: '', decisions: '', recordedAt: '', recordedBy: '' };

describe('topic kinds of the seed', () => {
  it('offers the six kinds of meeting content in the seed’s order', () => {
    expect(TOPIC_KINDS).toEqual([
      'convey',
      'studyExperience',
      'reportDeploy',
      'progressReports',
      'hearInvitees',
      'other',
    ]);
  });

  it('names the higher-level meeting or document a convey-and-study topic conveys', () => {
    expect(issues({ kind: 'convey', sourceDocument: '' })).toEqual(['meetings.rules.conveyNeedsSource']);
    const topic = aTopic({ kind: 'convey', title: '传达学习省委人才工作会议精神', sourceDocument: '省委人才工作会议' });
    expect(topicMinutes(topic, aRecord())).toContain('会议传达学习了省委人才工作会议，研究了贯彻落实措施。');
  });

  it('keeps the study of experience elsewhere as a kind of its own, named in the minutes', () => {
    expect(issues({ kind: 'studyExperience', title: '学习江苏昆山人才工作经验' })).toEqual([]);
    expect(meetingActions([aTopic({ kind: 'studyExperience' })])).toBe('学习了各地人才工作先进经验和特色做法');
  });

  it('reports the city’s talent work and deploys phased key tasks under one kind', () => {
    expect(meetingActions([aTopic({ kind: 'reportDeploy' })])).toBe('通报了全市人才工作情况，部署了阶段性重点任务');
  });

  it('records each reporting unit with its progress, plan, problems and who resolves them', () => {
    expect(issues({ kind: 'progressReports', reportingUnitIds: [] })).toEqual(['meetings.rules.reportsNeedUnits']);
    const topic = aTopic({
      kind: 'progressReports',
      reportingUnits: [{ unitId: 'u9', unitName: '牛庄镇' }],
      proceedings,
      reports: [
        {
          unitId: 'u9',
          unitName: '牛庄镇',
          progress: '已建成人才驿站2个',
          plan: '年底前再建1个',
          problems: '服务人员不足',
          resolver: '市人社局',
        },
      ],
    });
    expect(topicMinutes(topic, aRecord())).toEqual([
      '会议听取了牛庄镇工作进展情况和下步计划汇报。',
      '牛庄镇汇报。工作进展：已建成人才驿站2个。下步计划：年底前再建1个。存在问题：服务人员不足。由市人社局协调解决。',
    ]);
  });

  it('records each invited deputy, member or expert opinion and how it is followed up', () => {
    const topic = aTopic({
      kind: 'hearInvitees',
      proceedings,
      inviteeOpinions: [
        { attendanceId: 'a4', name: '市人大代表张华', opinion: '加大本土人才培养力度', followUp: '由市人社局研究落实' },
      ],
    });
    expect(topicMinutes(topic, aRecord({ attendance: [aRow({ id: 'a4', group: 'invitee' })] }))).toEqual([
      '会议听取了列席人大代表、政协委员和专家人才代表的意见建议。',
      '市人大代表张华提出：加大本土人才培养力度。会议研究：由市人社局研究落实。',
    ]);
  });

  it('takes any other matter the meeting must settle, with its decision in the minutes', () => {
    const record = aRecord({
      meeting: aMeeting({ heldOn: '2026-11-26' }),
      topics: [
        aTopic({
          kind: 'other',
          title: '研究人才工作目标责任考核办法',
          proceedings: { ...proceedings, decisions: '原则同意' },
        }),
      ],
    });
    expect(minutesDraft(record).body).toContain('一、研究人才工作目标责任考核办法\n会议议定：原则同意。');
  });
});
