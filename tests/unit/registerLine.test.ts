import { describe, expect, it } from 'vitest';
import type { IssuedDocument } from '../../shared/core/documents/register';
import { registerLine, registerMatcher } from '../../renderer/core/documents/register/registerLine';
import { searchCorpus } from '../support/searchCorpus';

// The sample year's register, as the systems' generators issue it.
const { tables } = await searchCorpus();
const docs = tables.documents as IssuedDocument[];
const byKind = (kind: string) => docs.filter((d) => d.kind === kind);
const formValue = (d: IssuedDocument, label: string) => d.document.form!.rows.find((r) => r.label === label)!.value;

describe('a register row in words (registerLine)', () => {
  it('names a 督办通知单 by the unit supervised and the matter, as printed on the slip', () => {
    const slip = byKind('supervisionSlip')[0];
    expect(slip.title).toBe('督办通知单');
    expect(registerLine(slip)).toEqual({ unit: formValue(slip, '督办对象'), matter: formValue(slip, '督办事项') });
    expect(registerLine(slip).matter).not.toBe('督办通知单');
  });

  it('names a 呈批单 by its 事由, and by the unit when the slip is about one (a revocation), never the office', () => {
    const slips = byKind('approvalSlip');
    const meeting = slips.find((d) => d.sourceId.startsWith('meetings:'))!;
    expect(registerLine(meeting)).toEqual({ unit: '', matter: formValue(meeting, '事由') });
    const claim = slips.find((d) => d.sourceId.startsWith('bonusClaims:'))!;
    expect(registerLine(claim)).toEqual({ unit: formValue(claim, '单位'), matter: formValue(claim, '事由') });
  });

  it('names a notice by its title and its main recipients, without the colon', () => {
    const notice = byKind('notice')[0];
    const line = registerLine(notice);
    expect(line.matter).toBe(notice.title);
    expect(line.unit).toBe(notice.document.mainRecipients!.replace(/：$/, ''));
    expect(line.unit).not.toMatch(/：$/);
  });
});

describe('the register filters (registerMatcher)', () => {
  const found = (filter: Parameters<typeof registerMatcher>[0]) => docs.filter(registerMatcher(filter));

  it('keeps only the chosen year, series, 文种, 密级 and status', () => {
    const slip = byKind('supervisionSlip')[0];
    const chosen = found({ year: slip.year, prefix: slip.prefix, kind: 'supervisionSlip', secrecy: slip.secrecy });
    expect(chosen).toContain(slip);
    for (const d of chosen)
      expect([d.year, d.prefix, d.kind, d.secrecy]).toEqual([slip.year, slip.prefix, 'supervisionSlip', slip.secrecy]);
    expect(chosen.length).toBeLessThan(docs.length);
    expect(found({ status: 'voided' }).every((d) => d.status === 'voided')).toBe(true);
    expect(found({ year: 1999 })).toEqual([]);
  });

  it('finds by the unit and matter in words, each typed word anywhere, punctuation ignored', () => {
    const slip = byKind('supervisionSlip')[0];
    const { unit, matter } = registerLine(slip);
    const hits = found({ query: `${unit.slice(-4)} ${matter.slice(0, 4)}` });
    expect(hits).toContain(slip);
    for (const d of hits) expect(`${registerLine(d).unit}${registerLine(d).matter}`).toContain(matter.slice(0, 4));
    expect(found({ query: slip.number.replace(/[〔〕]/g, ' ') })).toContain(slip);
    expect(found({ query: '不存在的事项' })).toEqual([]);
  });
});
