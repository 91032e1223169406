import { describe, expect, it } from 'vitest';
import { generateRegistry } from '../../../renderer/systems/registry/sample/generateRegistry';
import { aRow } from '../../../tests/support/meetingBuilders';
import {
  adHocAttendeeSchema,
  adHocRow,
  attendanceLists,
  attendanceMarkSchema,
  inviteeRows,
  registryInvitations,
} from './attendance';

const NOW = new Date('2026-11-25T00:00:00Z');

describe('invitation list', () => {
  const { units, people } = generateRegistry({ seed: 7, unitCount: 120, peopleCount: 200, now: NOW });

  it('invites every active member unit, town and zone, then the whole office staff, from the registry', () => {
    const rows = registryInvitations(units, people, '2026-11-26');
    const active = (kind: string) => units.filter((u) => u.kind === kind && u.isActive === 1).length;
    expect(rows.filter((r) => r.group === 'member')).toHaveLength(active('member'));
    expect(rows.filter((r) => r.group === 'town')).toHaveLength(active('town'));
    expect(rows.filter((r) => r.group === 'zone')).toHaveLength(active('zone'));
    expect(rows.filter((r) => r.group === 'staff')).toHaveLength(
      people.filter((p) => p.role === 'staff' && p.isActive === 1).length,
    );
    expect(rows.some((r) => units.find((u) => u.id === r.unitId)?.kind === 'village')).toBe(false);
    expect(rows.every((r) => r.status === 'invited')).toBe(true);
  });

  it('names a unit as it was called on the meeting day', () => {
    const renamed = {
      ...units[0],
      name: '海城市人才发展局',
      nameHistory: [{ name: '海城市人才服务局', shortName: '', until: '2026-12-01' }],
    };
    const [row] = registryInvitations([renamed], [], '2026-11-26');
    expect(row.name).toBe('海城市人才服务局');
  });

  it('seats invited deputies, members and experts as 列席 with their title', () => {
    const rows = inviteeRows(people.filter((p) => p.role === 'invitee').slice(0, 3));
    expect(rows.every((r) => r.role === 'observe' && r.group === 'invitee')).toBe(true);
    expect(rows.map((r) => r.label)).toEqual(expect.arrayContaining(['市人大代表', '市政协委员', '专家人才代表']));
  });
});

describe('attendance', () => {
  it('feeds the minutes: present units attend, leave and substitutes are on leave, invitees and staff sit in', () => {
    const rows = [
      aRow({ id: '1', name: '海城市教育局', status: 'present', order: 1 }),
      aRow({
        id: '2',
        name: '海城市财政局',
        status: 'substitute',
        substituteName: '李明',
        substitutePost: '副局长',
        order: 2,
      }),
      aRow({ id: '3', name: '海城市科学技术局', status: 'leave', leaveReason: '赴省厅开会', order: 3 }),
      aRow({ id: '4', name: '海城市民政局', status: 'absent', order: 4 }),
      aRow({ id: '5', group: 'town', name: '牛庄镇', status: 'present', order: 5 }),
      aRow({
        id: '6',
        group: 'invitee',
        unitId: null,
        personId: 'p1',
        name: '张华',
        label: '市人大代表',
        role: 'observe',
        status: 'present',
        order: 6,
      }),
      aRow({
        id: '7',
        group: 'staff',
        unitId: null,
        personId: 'p2',
        name: '王芳',
        role: 'observe',
        status: 'present',
        order: 7,
      }),
      {
        ...adHocRow({ name: '陈静', label: '辽宁科技大学教授', role: 'attend' }),
        id: '8',
        meetingId: 'm1',
        order: 8,
        status: 'present' as const,
      },
    ];
    expect(attendanceLists(rows)).toEqual({
      present: ['海城市教育局', '牛庄镇', '辽宁科技大学教授陈静'],
      onLeave: ['海城市财政局（委托李明同志参会）', '海城市科学技术局'],
      attending: ['市人大代表张华', '市人才办全体工作人员'],
    });
  });

  it('lists staff by name when not all of them came', () => {
    const rows = [
      aRow({ id: '1', group: 'staff', name: '王芳', status: 'present' }),
      aRow({ id: '2', group: 'staff', name: '刘洋', status: 'leave', leaveReason: '病假', leaveApprovedBy: '张娟' }),
    ];
    expect(attendanceLists(rows)).toMatchObject({ attending: ['市人才办王芳'], onLeave: ['市人才办刘洋'] });
  });

  it('needs a reason and the office’s approval for leave, and a name and post for a substitute', () => {
    const issues = (mark: object) =>
      attendanceMarkSchema
        .safeParse({
          attendeeName: '',
          leaveReason: '',
          leaveApprovedBy: '',
          substituteName: '',
          substitutePost: '',
          ...mark,
        })
        .error?.issues.map((i) => i.message) ?? [];
    expect(issues({ status: 'leave' })).toEqual([
      'meetings.rules.leaveNeedsReason',
      'meetings.rules.leaveNeedsApproval',
    ]);
    expect(issues({ status: 'substitute', leaveReason: '出差', leaveApprovedBy: '张娟' })).toEqual([
      'meetings.rules.substituteNeedsName',
      'meetings.rules.substituteNeedsPost',
    ]);
    expect(
      issues({
        status: 'substitute',
        leaveReason: '出差',
        leaveApprovedBy: '张娟',
        substituteName: '李明',
        substitutePost: '副局长',
      }),
    ).toEqual([]);
    expect(issues({ status: 'present' })).toEqual([]);
  });
});

describe('other attendees', () => {
  it('adds anyone else the meeting needs, attending or sitting in, by name, unit and post', () => {
    expect(adHocAttendeeSchema.safeParse({ name: '', label: '', role: 'observe' }).success).toBe(false);
    const row = adHocRow(adHocAttendeeSchema.parse({ name: '陈静', label: '辽宁科技大学教授', role: 'observe' }));
    expect(row).toMatchObject({
      group: 'adHoc',
      name: '陈静',
      label: '辽宁科技大学教授',
      role: 'observe',
      status: 'invited',
    });
    expect(attendanceLists([{ ...row, id: 'x', meetingId: 'm1', order: 1, status: 'present' }]).attending).toEqual([
      '辽宁科技大学教授陈静',
    ]);
  });
});
