import { describe, expect, it } from 'vitest';
import { printedForm } from '../../../../tests/support/scan/printedForm';
import { SAMPLE_FORM } from '../../../../tests/support/scan/sampleForm';
import { layoutPaperForm } from './layoutForm';
import { renderPaperFormHtml } from './renderPaperFormHtml';

describe('the printed blank form', () => {
  it('carries its own map of boxes: each box where the layout put it, with what its question allows', () => {
    const layout = layoutPaperForm(SAMPLE_FORM);
    const form = printedForm(renderPaperFormHtml(layout, [12, 13]));
    expect(form.copies).toEqual([12, 13]);
    expect(form.pages.map((p) => p.boxes.length)).toEqual(layout.pages.map((p) => p.boxes.length));
    const box = layout.pages[1].boxes[3];
    expect(form.pages[1].boxes[3]).toEqual({ ...box, x: expect.closeTo(box.x, 2), y: expect.closeTo(box.y, 2) });
    expect(form.pages.flatMap((p) => p.textAreas)).toHaveLength(layout.pages.flatMap((p) => p.textAreas).length);
    const multiple = layout.groups.find((g) => g.kind === 'multiple' && g.maxChoices)!;
    expect(form.groups.find((g) => g.id === multiple.id)).toEqual({
      id: multiple.id,
      kind: 'multiple',
      maxChoices: multiple.maxChoices,
    });
  });

  it('names every question and its choices for the review, as printed', () => {
    const layout = layoutPaperForm(SAMPLE_FORM);
    const row = layout.groups.find((g) => g.unitId)!;
    expect(row.label).toMatch(/ · /);
    expect(row.choices.map((c) => c.label)).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
  });
});
