import { secrecyMark } from '../../../core/documents/format';
import type { GradesItem, PaperFormDefinition, PaperItem } from './definition';
import { PageFlow, TEXT_STYLE, textHeight } from './layoutFlow';
import { layoutChoice, layoutText } from './layoutItems';
import { LAYOUT_RULES, SHEET, type ChoiceGroup, type LayoutPage, type PaperFormLayout } from './layoutModel';
import { scaleTable, type ScaleRow } from './scaleTable';

const LEFT = SHEET.content.left;
const WIDTH = SHEET.content.right - SHEET.content.left;
const BLOCK_GAP = 3;
const CHINESE_NUMERALS = '一二三四五六七八九十';

/** How to mark the form, printed under the office's own instructions on page 1. */
export const MARKING_RULES =
  '请用黑色或蓝色笔在所选方框内打“√”或“×”，也可将方框涂满；如需更改，请将原选项划去后另选。' +
  '请勿折叠、涂写四角黑块和右上角二维码。';

function sectionHeading(index: number, title: string): string {
  const numeral = index < 10 ? CHINESE_NUMERALS[index] : String(index + 1);
  return `${numeral}、${title}`;
}

/** Header on every page: 份号 (filled per copy when printed), 密级, and the version under the QR code. */
function header(def: PaperFormDefinition, page: LayoutPage): void {
  const t = (text: string, role: 'copyNumber' | 'secrecy' | 'meta', y: number, x: number, w: number) =>
    page.texts.push({ text, role, x, y, w, h: TEXT_STYLE[role].lineMm, align: 'left', lines: 1, ...TEXT_STYLE[role] });
  t('', 'copyNumber', 11, LEFT, 60);
  const mark = secrecyMark(def.secrecy, def.secrecyTerm);
  if (mark) t(mark, 'secrecy', 18, LEFT, 60);
  t(`第${def.version}版`, 'meta', 25, LEFT, 60);
}

function sameScale(a: GradesItem, b: PaperItem): b is GradesItem {
  return (
    b.kind === 'grades' &&
    a.grades.length === b.grades.length &&
    a.grades.every((g, i) => g.id === b.grades[i].id && g.label === b.grades[i].label)
  );
}

/**
 * Lays out one version of a questionnaire on A4 pages (pure: the same definition always gives the
 * same layout, and so the same fingerprint). Consecutive five-grade items on the same scale share
 * one table; a matrix is one table with a unit's content items under it.
 */
export function layoutPaperForm(def: PaperFormDefinition): PaperFormLayout {
  const groups: ChoiceGroup[] = [];
  const flow = new PageFlow((page) => header(def, page));
  flow.text(def.title, 'title', LEFT, flow.y, WIDTH, 'center');
  flow.y += textHeight(def.title, 'title', WIDTH) + 3;
  for (const paragraph of [...def.instructions, MARKING_RULES]) {
    // 首行缩进二字, as full-width spaces so the width estimate counts them.
    const indented = `\u3000\u3000${paragraph}`;
    flow.ensure(textHeight(indented, 'body', WIDTH));
    const placed = flow.text(indented, 'body', LEFT, flow.y, WIDTH);
    flow.y += placed.h;
  }
  flow.y += BLOCK_GAP;
  let n = 0;
  def.sections.forEach((section, s) => {
    const heading = sectionHeading(s, section.title);
    flow.ensure(textHeight(heading, 'heading', WIDTH) + 24);
    flow.text(heading, 'heading', LEFT, flow.y, WIDTH);
    flow.y += textHeight(heading, 'heading', WIDTH) + 1;
    const items = section.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item.kind === 'grades') {
        const run = [item];
        while (i + 1 < items.length && sameScale(item, items[i + 1])) run.push(items[++i] as GradesItem);
        const rows: ScaleRow[] = run.map((g) => {
          const label = `${++n}. ${g.text}`;
          return { labels: [label], group: { id: g.id, itemId: g.id, kind: 'single', label, choices: g.grades } };
        });
        scaleTable(flow, [{ title: '评价事项', w: 76 }], item.grades, rows, groups);
      } else if (item.kind === 'matrix') {
        const caption = `${++n}. ${item.text}`;
        flow.ensure(textHeight(caption, 'body', WIDTH) + 30);
        flow.text(caption, 'body', LEFT, flow.y, WIDTH);
        flow.y += textHeight(caption, 'body', WIDTH) + 1;
        const rows: ScaleRow[] = item.units.flatMap((unit) =>
          item.contents.map((content) => ({
            labels: [unit.label, content.label],
            spanKey: unit.id,
            group: {
              id: `${item.id}/${unit.id}/${content.id}`,
              itemId: item.id,
              unitId: unit.id,
              contentId: content.id,
              kind: 'single' as const,
              label: `${unit.label} · ${content.label}`,
              choices: item.grades,
            },
          })),
        );
        const lead = [
          { title: '被评价单位', w: 34 },
          { title: '评价内容', w: 42 },
        ];
        scaleTable(flow, lead, item.grades, rows, groups);
      } else if (item.kind === 'text') {
        layoutText(flow, ++n, item);
      } else {
        layoutChoice(flow, ++n, item, groups);
      }
      flow.y += BLOCK_GAP;
    }
  });
  const pages = flow.pages;
  for (const page of pages) {
    const footer = `第 ${page.pageNo} 页\u3000共 ${pages.length} 页`;
    page.texts.push({ ...footerText, text: footer });
  }
  const body = { pages, groups };
  return {
    layoutRules: LAYOUT_RULES,
    questionnaireId: def.questionnaireId,
    version: def.version,
    title: def.title,
    secrecy: def.secrecy,
    ...(def.secrecyTerm ? { secrecyTerm: def.secrecyTerm } : {}),
    fingerprint: fingerprintOf(body),
    ...body,
  };
}

const footerText = {
  role: 'meta' as const,
  x: LEFT,
  y: 273,
  w: WIDTH,
  h: TEXT_STYLE.meta.lineMm,
  align: 'center' as const,
  lines: 1,
  ...TEXT_STYLE.meta,
};

/** FNV-1a (32 bits) over every box, area and group, to 0.01 mm. */
export function fingerprintOf(body: Pick<PaperFormLayout, 'pages' | 'groups'>): string {
  const r = (v: number) => Math.round(v * 100);
  const parts = body.pages.flatMap((p) => [
    `p${p.pageNo}`,
    ...p.boxes.map((b) => `${b.id}@${r(b.x)},${r(b.y)},${r(b.size)}`),
    ...p.textAreas.map((a) => `${a.itemId}@${r(a.x)},${r(a.y)},${r(a.w)},${r(a.h)}`),
  ]);
  parts.push(...body.groups.map((g) => `${g.id}:${g.kind}:${g.maxChoices ?? ''}:${g.pageNo}`));
  let hash = 0x811c9dc5;
  for (const ch of parts.join('|')) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
