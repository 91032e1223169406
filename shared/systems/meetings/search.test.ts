import { describe, expect, it } from 'vitest';
import { buildMeetingSearch, type MeetingSearchEntry, snippet } from './search';

const entries: MeetingSearchEntry[] = [
  {
    id: 't1',
    type: 'topic',
    meetingId: 'm1',
    meetingTitle: '2026年第五次“党管人才”日常调度会议',
    title: '部署人才驿站建设任务',
    text: '各镇（街道）年底前建成人才驿站，配齐服务人员。',
  },
  {
    id: 't2',
    type: 'topic',
    meetingId: 'm2',
    meetingTitle: '2026年第六次“党管人才”日常调度会议',
    title: '听取各镇工作进展汇报',
    text: '牛庄镇汇报了引进高层次人才情况，存在住房保障不足问题。',
  },
  {
    id: 'n1',
    type: 'minutes',
    meetingId: 'm2',
    meetingTitle: '2026年第六次“党管人才”日常调度会议',
    title: '2026年第六次“党管人才”日常调度会议纪要',
    text: '会议议定：由市住建局牵头解决人才公寓房源问题。',
  },
];

describe('meeting search', () => {
  const search = buildMeetingSearch(entries);

  it('finds Chinese words inside longer text, in topics and in minutes', () => {
    expect(search('驿站').map((h) => h.entry.id)).toEqual(['t1']);
    expect(search('人才公寓').map((h) => h.entry.id)).toEqual(['n1']);
    expect(search('住房保障').map((h) => h.entry.id)).toEqual(['t2']);
  });

  it('needs every word of the query', () => {
    expect(search('牛庄镇 住房').map((h) => h.entry.id)).toEqual(['t2']);
    expect(search('牛庄镇 驿站')).toEqual([]);
  });

  it('finds nothing for an empty or punctuation-only query', () => {
    expect(search('')).toEqual([]);
    expect(search('，。')).toEqual([]);
  });

  it('shows the text around the match', () => {
    expect(
      snippet('会议议定：由市住建局牵头解决人才公寓房源问题。这是很长的一段文字'.repeat(3), ['人才公寓'], 20),
    ).toMatch(/^…?.*人才公寓.*…$/);
  });
});
