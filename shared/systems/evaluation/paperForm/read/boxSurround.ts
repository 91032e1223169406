import type { LayoutBox, LayoutPage, MmRect } from '../layoutModel';

/** A point on paper relative to a box's top-left corner (mm). */
export interface BoxOffset {
  u: number;
  v: number;
}

/** How far around the box a mark meant for it may reach: a big tick drawn beside it (mm beyond the outline). */
const REACH_MM = 3;
/** The ring starts clear of the printed outline (0.3 mm) and of a misregistration the outline search misses. */
const CLEAR_MM = 0.7;
const STEP_MM = 0.25;
/** Margins around what is printed or written near the box: texts, rules, other boxes, writing areas. */
const TEXT_MARGIN_MM = 0.5;
const RULE_MARGIN_MM = 0.8;
const BOX_MARGIN_MM = 1.2;

const isInRect = (x: number, y: number, r: MmRect, margin: number) =>
  x >= r.x - margin && x <= r.x + r.w + margin && y >= r.y - margin && y <= r.y + r.h + margin;

function distanceToSegment(x: number, y: number, s: { x1: number; y1: number; x2: number; y2: number }): number {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - s.x1) * dx + (y - s.y1) * dy) / len2));
  return Math.hypot(x - (s.x1 + t * dx), y - (s.y1 + t * dy));
}

/**
 * The paper around a box where nothing is printed: where a hand that missed the box (a big tick
 * drawn up and to the right of it, touching only its corner) leaves its ink. Points of a ring
 * 0.7–3 mm beyond the outline, leaving out every text, rule, other box and writing area of the page.
 */
export function surroundOf(page: Pick<LayoutPage, 'texts' | 'rules' | 'boxes' | 'textAreas'>, box: LayoutBox) {
  const points: BoxOffset[] = [];
  const lo = -(CLEAR_MM + REACH_MM);
  const hi = box.size + CLEAR_MM + REACH_MM;
  const near: MmRect = { x: box.x + lo - 2, y: box.y + lo - 2, w: hi - lo + 4, h: hi - lo + 4 };
  const overlaps = (r: MmRect) =>
    r.x < near.x + near.w && r.x + r.w > near.x && r.y < near.y + near.h && r.y + r.h > near.y;
  const texts = [...page.texts, ...page.textAreas].filter(overlaps);
  const boxes = page.boxes
    .filter((b) => b !== box)
    .map((b) => ({ x: b.x, y: b.y, w: b.size, h: b.size }))
    .filter(overlaps);
  const rules = page.rules.filter((r) =>
    overlaps({ x: Math.min(r.x1, r.x2), y: Math.min(r.y1, r.y2), w: Math.abs(r.x2 - r.x1), h: Math.abs(r.y2 - r.y1) }),
  );
  for (let v = lo; v <= hi; v += STEP_MM) {
    for (let u = lo; u <= hi; u += STEP_MM) {
      const isNearBox = u > -CLEAR_MM && u < box.size + CLEAR_MM && v > -CLEAR_MM && v < box.size + CLEAR_MM;
      if (isNearBox) continue;
      const x = box.x + u;
      const y = box.y + v;
      if (texts.some((t) => isInRect(x, y, t, TEXT_MARGIN_MM))) continue;
      if (boxes.some((b) => isInRect(x, y, b, BOX_MARGIN_MM))) continue;
      if (rules.some((r) => distanceToSegment(x, y, r) < RULE_MARGIN_MM)) continue;
      points.push({ u, v });
    }
  }
  return points;
}

/** Ink (mm²) around a box that no print explains: over this, an empty-looking box is put to a person. */
export const SURROUND_INK_MM2 = 0.6;
export const SURROUND_CELL_MM2 = STEP_MM * STEP_MM;
