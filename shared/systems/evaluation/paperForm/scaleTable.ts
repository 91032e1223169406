import type { PaperChoice } from './definition';
import { centredTop, TEXT_STYLE, type PageFlow } from './layoutFlow';
import { SHEET, type ChoiceGroup } from './layoutModel';
import { lineCount } from './textMetrics';

/** One row of a rating table: its label cells and the group its boxes answer. */
export interface ScaleRow {
  labels: string[];
  group: Omit<ChoiceGroup, 'pageNo' | 'area'>;
  /** Rows with the same key share their first label cell (a unit over its content items). */
  spanKey?: string;
}

const PAD = 1.5;
const MIN_ROW = 9;

function rowHeight(labels: string[], widths: number[]): number {
  const lines = labels.map((t, i) => lineCount(t, widths[i] - 2 * PAD, TEXT_STYLE.body.sizePt));
  return Math.max(MIN_ROW, Math.max(...lines) * TEXT_STYLE.body.lineMm + 2 * PAD);
}

/**
 * A ruled table: leading label columns, then one column per grade with a box in each row. A row
 * never splits; a table running onto the next page repeats its header there.
 */
export function scaleTable(
  flow: PageFlow,
  lead: { title: string; w: number }[],
  grades: PaperChoice[],
  rows: ScaleRow[],
  groups: ChoiceGroup[],
): void {
  const left = SHEET.content.left;
  const width = SHEET.content.right - left;
  const leadW = lead.reduce((s, c) => s + c.w, 0);
  const gradeW = (width - leadW) / grades.length;
  const widths = [...lead.map((c) => c.w), ...grades.map(() => gradeW)];
  const xs = widths.reduce<number[]>((acc, w) => [...acc, acc[acc.length - 1] + w], [left]);
  const headLines = Math.max(
    ...lead.map((c) => lineCount(c.title, c.w - 2 * PAD, TEXT_STYLE.label.sizePt)),
    ...grades.map((g) => lineCount(g.label, gradeW - 1, TEXT_STYLE.label.sizePt)),
  );
  const headH = Math.max(8, headLines * TEXT_STYLE.label.lineMm + 2 * PAD);
  const heights = rows.map((r) => rowHeight(r.labels, widths));

  let segTop = 0;
  let lastKey: string | undefined;
  const header = () => {
    segTop = flow.y;
    [...lead.map((c) => c.title), ...grades.map((g) => g.label)].forEach((title, i) => {
      const lines = lineCount(title, widths[i] - 1, TEXT_STYLE.label.sizePt);
      flow.text(title, 'label', xs[i] + 0.5, centredTop('label', lines, flow.y, headH), widths[i] - 1, 'center');
    });
    flow.rule(left, flow.y, left + width, flow.y);
    flow.y += headH;
    flow.rule(left, flow.y, left + width, flow.y);
    lastKey = undefined;
  };
  const closeSegment = () => xs.forEach((x) => flow.rule(x, segTop, x, flow.y));

  flow.ensure(headH + (heights[0] ?? 0));
  header();
  rows.forEach((row, r) => {
    const h = heights[r];
    if (flow.y + h > SHEET.content.bottom) {
      flow.rule(left, flow.y, left + width, flow.y);
      closeSegment();
      flow.newPage();
      header();
    }
    const top = flow.y;
    const continues = row.spanKey !== undefined && row.spanKey === lastKey;
    row.labels.forEach((label, i) => {
      if (i === 0 && continues) return;
      const text = flow.text(label, 'body', xs[i] + PAD, top + PAD, widths[i] - 2 * PAD);
      text.y = i === 0 && row.spanKey ? top + PAD : centredTop('body', text.lines, top, h);
    });
    grades.forEach((g, i) => {
      const col = lead.length + i;
      const size = SHEET.boxSizeMm;
      flow.page.boxes.push({
        id: `${row.group.id}#${g.id}`,
        groupId: row.group.id,
        choiceId: g.id,
        x: xs[col] + (widths[col] - size) / 2,
        y: top + (h - size) / 2,
        size,
      });
    });
    groups.push({ ...row.group, pageNo: flow.pageNo, area: { x: left, y: top, w: width, h } });
    // A unit's rows share its cell: no rule across the unit column between them.
    const next = rows[r + 1];
    const spanFrom = next?.spanKey !== undefined && next.spanKey === row.spanKey ? xs[1] : left;
    flow.y += h;
    flow.rule(spanFrom, flow.y, left + width, flow.y);
    lastKey = row.spanKey;
  });
  closeSegment();
}
