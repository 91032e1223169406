import { describe, expect, it } from 'vitest';
import { SAMPLE_FORM } from '../../../../tests/support/scan/sampleForm';
import { layoutPaperForm } from './layoutForm';
import type { PageReading } from './read/readPage';
import { assembleCopies } from './scanReturns';

const layout = layoutPaperForm(SAMPLE_FORM);
const code = (copyNumber: number, pageNo: number) => ({
  questionnaireId: layout.questionnaireId,
  version: layout.version,
  copyNumber,
  pageNo,
  fingerprint: layout.fingerprint,
  layoutRules: 1,
});

/** A page read with the given boxes ticked or doubtful, every other box empty. */
function reading(copy: number, pageNo: number, marks: Record<string, 'ticked' | 'doubtful'> = {}): PageReading {
  const page = layout.pages[pageNo - 1];
  return {
    status: 'read',
    code: code(copy, pageNo),
    transform: [1, 0, 0, 0, 1, 0, 0, 0, 1],
    boxes: page.boxes.map((b) => ({
      id: b.id,
      state: marks[b.id] ?? 'empty',
      coverage: 0,
      faint: 0,
      hatched: 0,
      surroundInk: 0,
    })),
  };
}

const layoutFor = () => layout;

describe('assembleCopies', () => {
  it('gathers a copy from its pages in any order, with the choice ticked per question', () => {
    const pages = [
      { ref: 'b', reading: reading(4, 2, { 's1#hospital': 'ticked' }) },
      { ref: 'a', reading: reading(4, 1, { 'g1#satisfied': 'ticked' }) },
      { ref: 'c', reading: reading(4, 3) },
    ];
    const { copies, unknown } = assembleCopies(pages, layoutFor);
    expect(unknown).toEqual([]);
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ copyNumber: 4, pages: { 1: 'a', 2: 'b', 3: 'c' }, problems: [] });
    expect(copies[0].answers.g1).toEqual(['satisfied']);
    expect(copies[0].answers.s1).toEqual(['hospital']);
    expect(copies[0].answers.g2).toEqual([]);
  });

  it('puts doubtful boxes, two ticks on a single choice and too many on a multiple choice to a person', () => {
    const page2 = reading(5, 2, {
      's1#school': 'ticked',
      's1#hospital': 'ticked',
      'p1#hotline': 'ticked',
      'p1#box': 'ticked',
      'p1#talk': 'ticked',
      'p1#visit': 'ticked',
      's2#lt1': 'doubtful',
    });
    const { copies } = assembleCopies(
      [
        { ref: 1, reading: reading(5, 1) },
        { ref: 2, reading: page2 },
      ],
      layoutFor,
    );
    expect(copies[0].problems).toEqual([
      { kind: 'tooMany', groupId: 's1', pageNo: 2, boxIds: ['s1#school', 's1#hospital'] },
      { kind: 'doubtful', groupId: 's2', pageNo: 2, boxIds: ['s2#lt1'] },
      { kind: 'tooMany', groupId: 'p1', pageNo: 2, boxIds: ['p1#hotline', 'p1#box', 'p1#talk', 'p1#visit'] },
      { kind: 'missingPage', pageNo: 3 },
    ]);
  });

  it('keeps pages without a readable code, and a page scanned twice, out of the returns', () => {
    const noCode: PageReading = { status: 'no-code', code: null, transform: null, boxes: [] };
    const { copies, unknown } = assembleCopies(
      [
        { ref: 'x', reading: noCode },
        { ref: 'p1', reading: reading(9, 1) },
        { ref: 'p1again', reading: reading(9, 1, { 'g1#fair': 'ticked' }) },
      ],
      layoutFor,
    );
    expect(unknown).toEqual([{ ref: 'x', status: 'no-code', code: null }]);
    expect(copies[0].pages[1]).toBe('p1');
    expect(copies[0].answers.g1).toEqual([]);
    expect(copies[0].problems).toContainEqual({ kind: 'duplicatePage', pageNo: 1 });
  });
});
