import type { ChoiceItem, TextItem } from './definition';
import { TEXT_STYLE, textHeight, type PageFlow } from './layoutFlow';
import { SHEET, type ChoiceGroup } from './layoutModel';
import { lineCount } from './textMetrics';

const LEFT = SHEET.content.left;
const WIDTH = SHEET.content.right - SHEET.content.left;
/** Options and writing areas are indented by two characters of the body face under their question. */
const INDENT = 8;
const GAP = 1.5;
export const TEXT_LINE_MM = 9;

/** The printed question of a choice item: 单选, 可多选, or 可多选，最多选N项. */
export function choiceCaption(n: number, item: ChoiceItem): string {
  if (item.kind === 'single') return `${n}. ${item.text}（单选）`;
  return item.maxChoices ? `${n}. ${item.text}（可多选，最多选${item.maxChoices}项）` : `${n}. ${item.text}（可多选）`;
}

/** Columns of options: as many as fit every label on one line (4, 3, 2), else one under another. */
function optionColumns(item: ChoiceItem): number {
  const inner = WIDTH - INDENT;
  for (const cols of [4, 3, 2]) {
    const labelW = inner / cols - SHEET.boxSizeMm - 2 * GAP;
    if (item.options.every((o) => lineCount(o.label, labelW, TEXT_STYLE.body.sizePt) === 1)) return cols;
  }
  return 1;
}

/** A single or multiple choice question: its text, then a box before each option. */
export function layoutChoice(flow: PageFlow, n: number, item: ChoiceItem, groups: ChoiceGroup[]): void {
  const caption = choiceCaption(n, item);
  const cols = optionColumns(item);
  const cellW = (WIDTH - INDENT) / cols;
  const labelW = cellW - SHEET.boxSizeMm - 2 * GAP;
  const rows: { h: number; options: ChoiceItem['options'] }[] = [];
  for (let i = 0; i < item.options.length; i += cols) {
    const options = item.options.slice(i, i + cols);
    const lines = Math.max(...options.map((o) => lineCount(o.label, labelW, TEXT_STYLE.body.sizePt)));
    rows.push({ h: lines * TEXT_STYLE.body.lineMm + 2, options });
  }
  const captionH = textHeight(caption, 'body', WIDTH);
  const optionsH = rows.reduce((s, r) => s + r.h, 0);
  flow.ensure(captionH + optionsH + 1);
  const top = flow.y;
  flow.text(caption, 'body', LEFT, flow.y, WIDTH);
  flow.y += captionH + 1;
  for (const row of rows) {
    row.options.forEach((option, c) => {
      const x = LEFT + INDENT + c * cellW;
      const boxY = flow.y + (TEXT_STYLE.body.lineMm - SHEET.boxSizeMm) / 2;
      flow.page.boxes.push({
        id: `${item.id}#${option.id}`,
        groupId: item.id,
        choiceId: option.id,
        x,
        y: boxY,
        size: SHEET.boxSizeMm,
      });
      flow.text(option.label, 'body', x + SHEET.boxSizeMm + GAP, flow.y, labelW);
    });
    flow.y += row.h;
  }
  groups.push({
    id: item.id,
    itemId: item.id,
    kind: item.kind,
    label: caption,
    choices: item.options,
    ...(item.kind === 'multiple' && item.maxChoices ? { maxChoices: item.maxChoices } : {}),
    pageNo: flow.pageNo,
    area: { x: LEFT, y: top, w: WIDTH, h: flow.y - top },
  });
}

/** A free-text question: its text, then a ruled area kept as an image when read. */
export function layoutText(flow: PageFlow, n: number, item: TextItem): void {
  const caption = `${n}. ${item.text}`;
  const captionH = textHeight(caption, 'body', WIDTH);
  const lines = Math.max(1, Math.min(item.lines, 20));
  const areaH = lines * TEXT_LINE_MM + 2;
  flow.ensure(captionH + 1 + areaH);
  flow.text(caption, 'body', LEFT, flow.y, WIDTH);
  flow.y += captionH + 1;
  const area = { itemId: item.id, label: caption, x: LEFT + INDENT, y: flow.y, w: WIDTH - INDENT, h: areaH };
  flow.page.textAreas.push(area);
  for (let i = 1; i <= lines; i++) {
    const y = area.y + 1 + i * TEXT_LINE_MM - 1.5;
    flow.rule(area.x + 3, y, area.x + area.w - 3, y, true);
  }
  flow.y += areaH;
}
