import type { LayoutBox, MmRect } from '../../../shared/systems/evaluation/paperForm/layoutModel';
import type { FillableForm } from './planMarks';

/** Blank forms as the app printed them: the print HTML, its copies, and the boxes it carries. */
export interface PrintedForm extends FillableForm {
  html: string;
  /** 份号 of the printed copies, in print order. */
  copies: number[];
}

const attrs = (tag: string) =>
  Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2].replace(/&amp;/g, '&')]));

/**
 * Reads the print HTML's own map of its boxes (data-box, data-kind, data-max on each box, data-area
 * on each writing area, data-copy and data-page on each sheet): what a hand needs to fill the copies
 * the app printed, without asking the app for its layout.
 */
export function printedForm(html: string): PrintedForm {
  const sheets = [...html.matchAll(/<section class="sheet" data-copy="(\d+)" data-page="(\d+)">(.*?)<\/section>/gs)];
  const copies = [...new Set(sheets.map((s) => Number(s[1])))];
  const pages: FillableForm['pages'] = [];
  const groups = new Map<string, FillableForm['groups'][number]>();
  for (const [, copy, pageNo, body] of sheets) {
    if (Number(copy) !== copies[0]) continue;
    const boxes: LayoutBox[] = [];
    const textAreas: MmRect[] = [];
    for (const [tag] of body.matchAll(/<rect [^>]*data-(?:box|area)="[^>]*>/g)) {
      const a = attrs(tag);
      const rect = { x: Number(a.x), y: Number(a.y), w: Number(a.width), h: Number(a.height) };
      if (!a['data-box']) {
        textAreas.push(rect);
        continue;
      }
      const id = a['data-box'];
      const groupId = id.slice(0, id.lastIndexOf('#'));
      boxes.push({ id, groupId, choiceId: id.slice(groupId.length + 1), x: rect.x, y: rect.y, size: rect.w });
      const kind = a['data-kind'] === 'multiple' ? 'multiple' : 'single';
      groups.set(groupId, { id: groupId, kind, ...(a['data-max'] ? { maxChoices: Number(a['data-max']) } : {}) });
    }
    pages.push({ pageNo: Number(pageNo), boxes, textAreas });
  }
  if (!pages.length) throw new Error('the print HTML has no sheet of a paper form');
  return { html, copies, pages, groups: [...groups.values()] };
}
