import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_SETTINGS } from '../../core/office/office';
import { defaultChair, defaultMeetingTitle, meetingInputSchema, meetingTimeText } from './meeting';
import { aMeetingInput } from '../../../tests/support/meetingBuilders';

describe('meeting record', () => {
  it('is chaired by the office director (组织部副部长) unless the office says otherwise', () => {
    expect(defaultChair({ ...DEFAULT_OFFICE_SETTINGS, directorName: '刘志刚' })).toBe(
      '市委组织部副部长、市人才办主任 刘志刚',
    );
  });

  it('counts the meetings of a year in its title, ad-hoc ones included', () => {
    expect(defaultMeetingTitle(2026, 5)).toBe('2026年第六次“党管人才”日常调度会议');
    expect(defaultMeetingTitle(2026, 11)).toBe('2026年第十二次“党管人才”日常调度会议');
  });

  it('may be called at any time outside the cadence, and says so', () => {
    expect(meetingInputSchema.safeParse(aMeetingInput({ isAdHoc: true })).success).toBe(true);
  });

  it('prints its time with the weekday, as notices do', () => {
    expect(meetingTimeText('2026-11-26', '09:00')).toBe('2026年11月26日（星期四）9:00');
  });

  it('refuses a meeting without place or chair, or at an impossible time', () => {
    const paths = (input: object) =>
      meetingInputSchema.safeParse(aMeetingInput(input)).error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths({ place: ' ', chair: '' })).toEqual(['place', 'chair']);
    expect(paths({ plannedOn: '2026-02-30', plannedTime: '25:00' })).toEqual(['plannedOn', 'plannedTime']);
  });
});
