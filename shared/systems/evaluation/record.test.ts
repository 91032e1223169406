import { describe, expect, it } from 'vitest';
import { recordInputSchema, type RecordInput } from './record';
import { CONTENT_ITEMS, EVALUATED_KINDS, evaluatedKindOf } from './terms';

const base: RecordInput = {
  channel: 'talk',
  on: '2026-05-12',
  staffName: '王芳',
  talentId: 't1',
  summary: '反映人才公寓配套不足',
  unitIds: ['zjj'],
  contentIds: ['policy'],
  ratings: [{ unitId: 'zjj', contentId: 'policy', grade: 2, opinion: '公寓离单位太远' }],
};
const issues = (input: RecordInput) => recordInputSchema.safeParse(input).error?.issues.map((i) => i.message) ?? [];

describe('whom the talents evaluate, and on what', () => {
  it('evaluates the seed’s three kinds: member units, towns and zones, villages and communities', () => {
    expect(EVALUATED_KINDS).toEqual(['memberUnit', 'townZone', 'village']);
    expect(evaluatedKindOf('member')).toBe('memberUnit');
    expect([evaluatedKindOf('town'), evaluatedKindOf('zone')]).toEqual(['townZone', 'townZone']);
    expect(evaluatedKindOf('village')).toBe('village');
  });

  it('rates the seed’s three content items: policies and platforms, duty and service, other', () => {
    expect(CONTENT_ITEMS).toEqual(['policy', 'performance', 'other']);
  });
});

describe('a channel’s record', () => {
  it('keeps a talk with its date, staff, talent, units, ratings and the talent’s words', () => {
    const parsed = recordInputSchema.parse(base);
    expect(parsed.ratings[0]).toEqual({ unitId: 'zjj', contentId: 'policy', grade: 2, opinion: '公寓离单位太远' });
    expect(parsed.secrecy).toBe('internal');
  });

  it('takes a visit, a phone inquiry and an anonymous one the same way', () => {
    expect(issues({ ...base, channel: 'visit' })).toEqual([]);
    expect(issues({ ...base, channel: 'phone', talentId: null })).toEqual([]);
  });

  it('needs a themed event’s kind and title, and no fewer attendees than it names', () => {
    expect(issues({ ...base, channel: 'event' })).toEqual([
      'evaluation.rules.event-needs-kind',
      'evaluation.rules.event-needs-title',
    ]);
    const salon: RecordInput = { ...base, channel: 'event', eventKind: 'salon', title: '第三期高端人才沙龙' };
    expect(issues({ ...salon, attendeeIds: ['t1', 't2'], attendeeCount: 1 })).toEqual([
      'evaluation.rules.fewer-than-named',
    ]);
    expect(issues({ ...salon, attendeeIds: ['t1', 't2'], attendeeCount: 30 })).toEqual([]);
  });

  it('needs what the caller said on a hotline or box entry, and refuses a record that says nothing', () => {
    expect(issues({ ...base, channel: 'hotline', summary: '' })).toEqual(['evaluation.rules.loop-needs-summary']);
    expect(issues({ ...base, summary: '', ratings: [] })).toEqual(['evaluation.rules.record-says-nothing']);
  });

  it('refuses a grade off the five-grade scale and the same unit and item rated twice', () => {
    expect(issues({ ...base, ratings: [{ ...base.ratings![0], grade: 5 }] })).toEqual([
      'evaluation.rules.grade-off-scale',
    ]);
    expect(issues({ ...base, ratings: [base.ratings![0], { ...base.ratings![0], grade: 1 }] })).toEqual([
      'evaluation.rules.rating-twice',
    ]);
  });
});
