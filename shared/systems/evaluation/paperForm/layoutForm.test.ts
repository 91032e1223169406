import { describe, expect, it } from 'vitest';
import { SAMPLE_FORM } from '../../../../tests/support/scan/sampleForm';
import type { PaperFormDefinition } from './definition';
import { layoutPaperForm } from './layoutForm';
import { SHEET, type MmRect } from './layoutModel';

const layout = layoutPaperForm(SAMPLE_FORM);
const overlaps = (a: MmRect, b: MmRect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const boxRect = (b: { x: number; y: number; size: number }) => ({ x: b.x, y: b.y, w: b.size, h: b.size });

describe('layoutPaperForm', () => {
  it('gives every question its boxes: five per rated item and matrix row, one per option', () => {
    const boxes = layout.pages.flatMap((p) => p.boxes);
    const byGroup = new Map(layout.groups.map((g) => [g.id, boxes.filter((b) => b.groupId === g.id)]));
    expect(byGroup.get('g1')?.map((b) => b.choiceId)).toEqual([
      'verySatisfied',
      'satisfied',
      'fair',
      'dissatisfied',
      'veryDissatisfied',
    ]);
    expect(layout.groups.filter((g) => g.itemId === 'm1')).toHaveLength(4 * 3);
    expect(byGroup.get('m1/u4/c3')).toHaveLength(5);
    expect(byGroup.get('s1')).toHaveLength(6);
    expect(layout.groups.find((g) => g.id === 'p1')).toMatchObject({ kind: 'multiple', maxChoices: 3 });
    expect(boxes).toHaveLength(8 * 5 + 12 * 5 + 6 + 4 + 6);
    expect(new Set(boxes.map((b) => b.id)).size).toBe(boxes.length);
  });

  it('keeps boxes and writing areas inside the content area, clear of each other and of every text', () => {
    const { left, right, top, bottom } = SHEET.content;
    for (const page of layout.pages) {
      const rects = [...page.boxes.map(boxRect), ...page.textAreas];
      for (const r of rects) {
        expect(r.x).toBeGreaterThanOrEqual(left);
        expect(r.x + r.w).toBeLessThanOrEqual(right + 0.01);
        expect(r.y).toBeGreaterThanOrEqual(top);
        expect(r.y + r.h).toBeLessThanOrEqual(bottom);
      }
      rects.forEach((a, i) => rects.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
      for (const t of page.texts) for (const r of rects) expect(overlaps(t, r), t.text).toBe(false);
    }
  });

  it('puts 份号, 密级 and version on every page and numbers the pages 第 n 页 共 N 页', () => {
    expect(layout.pages).toHaveLength(3);
    for (const page of layout.pages) {
      const roles = page.texts.map((t) => `${t.role}:${t.text}`);
      expect(roles).toEqual(expect.arrayContaining(['copyNumber:', 'secrecy:内部', 'meta:第2版']));
      expect(roles).toContain(`meta:第 ${page.pageNo} 页\u3000共 3 页`);
    }
  });

  it('lays out the same definition the same way, and a changed one with another fingerprint', () => {
    expect(layoutPaperForm(structuredClone(SAMPLE_FORM)).fingerprint).toBe(layout.fingerprint);
    const edited: PaperFormDefinition = structuredClone(SAMPLE_FORM);
    edited.sections[0].items.splice(1, 1);
    expect(layoutPaperForm(edited).fingerprint).not.toBe(layout.fingerprint);
  });

  it('repeats a long table header on the next page and never splits a row', () => {
    const long: PaperFormDefinition = {
      ...SAMPLE_FORM,
      sections: [
        {
          title: '评价',
          items: [
            SAMPLE_FORM.sections[0].items[0],
            ...Array.from({ length: 30 }, (_, i) => ({ ...SAMPLE_FORM.sections[0].items[0], id: `x${i}` })),
          ],
        },
      ],
    };
    const l = layoutPaperForm(long);
    expect(l.pages.length).toBeGreaterThan(1);
    for (const page of l.pages.slice(1)) expect(page.texts.map((t) => t.text)).toContain('评价事项');
    for (const g of l.groups) expect(g.area.y + g.area.h).toBeLessThanOrEqual(SHEET.content.bottom);
  });
});
