import { describe, expect, it } from 'vitest';
import { aMeeting, aRecord, aRow, aTopic, approved } from '../../../../tests/support/meetingBuilders';
import type { Block } from '../../../core/documents/model';
import { bulletinDocument, bulletinDraft } from './bulletin';
import { draftScope } from './drafts';
import { listNames, minutesDocument, minutesDraft } from './minutes';
import { noticeDocument, noticeDraft, planDocument, planDraft } from './planNotice';
import { signInSheet, topicsApprovalSlip } from './slips';

const text = (blocks: Block[]) => blocks.map((b) => ('text' in b ? b.text : '')).join('\n');

const proceedings = (decisions: string) => ({
  reported: '市人才办通报了前三季度人才工作情况。',
  problems: '人才公寓房源不足',
  resolvers: '市住建局',
  decisions,
  recordedAt: '',
  recordedBy: '',
});

const record = aRecord({
  meeting: aMeeting({ status: 'held', heldOn: '2026-11-26', toPrepare: '各镇（街道）准备年度人才工作书面汇报。' }),
  topics: [
    aTopic({
      id: 't1',
      order: 1,
      kind: 'convey',
      title: '传达学习省委人才工作会议精神',
      sourceDocument: '省委人才工作会议',
      proceedings: proceedings('各单位结合实际抓好贯彻落实'),
    }),
    aTopic({
      id: 't2',
      order: 2,
      kind: 'reportDeploy',
      title: '部署第四季度重点任务',
      proceedings: proceedings('年底前完成人才驿站建设'),
      documents: [
        {
          id: 'd1',
          title: '海城市人才驿站建设实施方案',
          consent: approved(),
          opinions: [
            {
              unitId: 'u1',
              unitName: '海城市教育局',
              askedOn: '2026-11-10',
              answeredOn: '2026-11-12',
              opinion: '无意见',
            },
          ],
        },
      ],
    }),
    aTopic({
      id: 't3',
      order: 3,
      kind: 'other',
      title: '研究引进高层次人才涉密事项',
      secrecy: 'secret',
      proceedings: proceedings('按程序报批'),
    }),
  ],
  attendance: [
    aRow({ id: '1', name: '海城市教育局', status: 'present' }),
    aRow({
      id: '2',
      name: '海城市财政局',
      order: 2,
      status: 'substitute',
      substituteName: '李明',
      substitutePost: '副局长',
    }),
    aRow({ id: '3', group: 'town', name: '牛庄镇', status: 'leave' }),
    aRow({ id: '4', group: 'invitee', name: '张华', label: '市人大代表', role: 'observe', status: 'present' }),
    aRow({ id: '5', group: 'staff', name: '王芳', role: 'observe', status: 'present' }),
  ],
  tasks: [
    {
      taskId: 'k1',
      topicId: 't2',
      matter: '建成镇级人才驿站',
      requirement: '配齐服务人员',
      dueOn: '2026-12-31',
      unitIds: ['u1', 'u2'],
      itemIds: ['i1', 'i2'],
      unitNames: ['海城市教育局', '牛庄镇'],
    },
  ],
});

describe('meeting plan and notice', () => {
  it('are built from the record: time, place, chair, agenda, who attends and what to prepare', () => {
    const plan = planDraft(record).body;
    const notice = noticeDraft(record).body;
    for (const body of [plan, notice]) {
      expect(body).toContain('2026年11月26日（星期四）9:00');
      expect(body).toContain('市委组织部三楼会议室');
      expect(body).toContain('市委组织部副部长、市人才办主任 刘志刚');
      expect(body).toContain('1. 传达学习省委人才工作会议精神');
      expect(body).toContain('市人才工作领导小组成员单位有关负责同志：海城市教育局、海城市财政局。');
      expect(body).toContain('各镇（街道）有关负责同志：牛庄镇。');
      expect(body).toContain('特邀列席：市人大代表张华。');
      expect(body).toContain('市人才办（人才服务工作站）全体工作人员。');
      expect(body).toContain('各镇（街道）准备年度人才工作书面汇报。');
      expect(body).toContain('因故无法参会的需向市人才办请假报告，并安排其他负责同志参会');
    }
  });

  it('issue in the office’s name with the number the register gave, at the highest 密级 of their topics', () => {
    const doc = noticeDocument(record, noticeDraft(record), '海人才办发〔2026〕3号', '2026-11-20');
    expect(doc).toMatchObject({
      kind: 'notice',
      number: '海人才办发〔2026〕3号',
      issuerMark: '海城市人才工作领导小组办公室文件',
      secrecy: 'secret',
      mainRecipients: '各镇（街道）、各开发区党（工）委，市人才工作领导小组各成员单位：',
    });
    expect(planDocument(record, planDraft(record), '海人才办发〔2026〕2号', '2026-11-20')).toMatchObject({
      kind: 'plan',
      title: '2026年第六次“党管人才”日常调度会议方案',
      secrecy: 'secret',
    });
  });

  it('can leave classified topics out, saying which, and then take the lower 密级', () => {
    const draft = noticeDraft(record, true);
    expect(draft.body).not.toContain('研究引进高层次人才涉密事项');
    expect(draftScope(record, true).leftOut.map((t) => t.title)).toEqual(['研究引进高层次人才涉密事项']);
    expect(noticeDocument(record, draft, 'x', '2026-11-20').secrecy).toBe('internal');
  });
});

describe('minutes', () => {
  it('are drafted from the proceedings: what was conveyed, problems and who resolves them, tasks', () => {
    const body = minutesDraft(record).body;
    expect(body).toContain(
      '2026年11月26日，市委组织部副部长、市人才办主任 刘志刚在市委组织部三楼会议室主持召开2026年第六次“党管人才”日常调度会议。',
    );
    expect(body).toContain('会议传达学习了省委人才工作会议，研究了贯彻落实措施。');
    expect(body).toContain('存在问题：人才公寓房源不足。由市住建局负责协调解决。');
    expect(body).toContain('会议议定：年底前完成人才驿站建设。');
    expect(body).toContain(
      '会议审议了《海城市人才驿站建设实施方案》。该文件会前已报市人才工作领导小组组长同意，并征求了1个单位意见（1个单位已反馈）。',
    );
    expect(body).toContain(
      '重点任务：建成镇级人才驿站。配齐服务人员。责任单位：海城市教育局、牛庄镇；完成时限：2026年12月31日。',
    );
  });

  it('take their 出席 / 请假 / 列席 lines from attendance, a substitute named in brackets', () => {
    const doc = minutesDocument(record, minutesDraft(record), '第6期', '2026-11-28');
    expect(doc.minutes).toMatchObject({
      issueLabel: '第6期',
      present: ['海城市教育局'],
      onLeave: ['海城市财政局（委托李明同志参会）', '牛庄镇'],
      attending: ['市人大代表张华', '市人才办全体工作人员'],
    });
    expect(doc.secrecy).toBe('secret');
  });

  it('split edited attendance lines on 、 but never inside the brackets', () => {
    expect(listNames('海城市教育局、海城市财政局（委托李明、王强同志参会）\n牛庄镇')).toEqual([
      '海城市教育局',
      '海城市财政局（委托李明、王强同志参会）',
      '牛庄镇',
    ]);
  });
});

describe('bulletin', () => {
  it('leaves classified topics out by default, so it can go to every unit', () => {
    const draft = bulletinDraft(record);
    expect(draft.leaveClassifiedOut).toBe(true);
    expect(draft.body).not.toContain('涉密');
    expect(draft.body).toContain('关于部署第四季度重点任务，会议议定：年底前完成人才驿站建设。');
    expect(draft.body).toContain('会议部署重点任务1项，已列入督查事项');
    const doc = bulletinDocument(record, draft, '第5期', '2026-11-28');
    expect(doc).toMatchObject({
      secrecy: 'internal',
      title: '海城市人才工作领导小组召开2026年第六次“党管人才”日常调度会议',
      bulletin: { issueLabel: '第5期', sendTo: ['市人才工作领导小组各成员单位'] },
    });
    expect(text(doc.body)).toContain('特邀市人大代表、政协委员和专家人才代表列席会议');
  });
});

describe('approval slip and sign-in sheet', () => {
  const proposalOf = (doc: ReturnType<typeof topicsApprovalSlip>) =>
    doc.form?.rows.find((r) => r.label === '拟办意见')?.value ?? '';

  it('lists the topics in the 拟办意见 with the place and the chair when the slip has room, at the highest 密级', () => {
    const short = {
      ...record,
      meeting: aMeeting({ title: '第六次调度会议', place: '三楼会议室', chair: '刘志刚' }),
      topics: [record.topics[0], record.topics[2]],
    };
    const slip = topicsApprovalSlip(short, '海人才办呈〔2026〕4号', '2026-11-10', '王芳');
    expect(slip).toMatchObject({ kind: 'approvalSlip', number: '海人才办呈〔2026〕4号', secrecy: 'secret' });
    expect(proposalOf(slip)).toBe(
      '拟于11月26日9:00在三楼会议室召开会议，由刘志刚主持，提请研究议题2项：①传达学习省委人才工作会议精神；②研究引进高层次人才涉密事项。妥否，请批示。',
    );
    expect(slip.form?.attachment).toBeUndefined();
  });

  it('keeps the topics on the slip before the place and the chair, which the plan and the notice carry', () => {
    const slip = topicsApprovalSlip(
      { ...record, topics: [record.topics[0], record.topics[2]] },
      '海人才办呈〔2026〕4号',
      '2026-11-10',
      '王芳',
    );
    expect(proposalOf(slip)).toBe(
      '拟于11月26日9:00召开会议，提请研究议题2项：①传达学习省委人才工作会议精神；②研究引进高层次人才涉密事项。妥否，请批示。',
    );
    expect(slip.form?.attachment).toBeUndefined();
  });

  it('moves topics that do not fit the slip to an attached 议题清单 with kind, presenter and 密级', () => {
    const slip = topicsApprovalSlip(record, '海人才办呈〔2026〕4号', '2026-11-10', '王芳');
    expect(proposalOf(slip)).toBe(
      '拟于11月26日9:00召开会议，提请研究议题3项（见附件）。审议文件会前征求各单位意见。妥否，请批示。',
    );
    expect(slip.form?.attachment?.title).toBe('议题清单');
    const [table] = slip.form!.attachment!.body;
    expect(table.type === 'table' && table.columns.map((c) => c.title)).toEqual([
      '序号',
      '议题',
      '类别',
      '汇报单位',
      '密级',
    ]);
    expect(table.type === 'table' && table.rows).toEqual([
      ['1', '传达学习省委人才工作会议精神', '传达学习', '市人才办', '内部'],
      ['2', '部署第四季度重点任务（审议《海城市人才驿站建设实施方案》）', '通报情况、部署任务', '市人才办', '内部'],
      ['3', '研究引进高层次人才涉密事项', '其他事项', '市人才办', '秘密'],
    ]);
  });

  it('gives each invited unit and person a row to sign', () => {
    const sheet = signInSheet(record);
    expect(sheet.kind).toBe('signInSheet');
    expect(sheet.form?.rows.map((r) => r.label)).toEqual(['会议名称', '会议时间', '会议地点']);
    expect(sheet.form?.roster?.columns.map((c) => c.title)).toEqual(['参会单位（人员）', '签\u3000\u3000名']);
    expect(sheet.form?.roster?.rows).toEqual(
      ['海城市教育局', '海城市财政局', '牛庄镇', '市人大代表张华', '王芳'].map((name) => [name, '']),
    );
  });
});
