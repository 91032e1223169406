import type { LayoutBox } from '../layoutModel';
import type { GreyImage, Point } from './greyImage';
import { SURROUND_CELL_MM2, SURROUND_INK_MM2, type BoxOffset } from './boxSurround';
import { project, type Homography } from './homography';

export type BoxState = 'ticked' | 'empty' | 'doubtful';

export interface BoxReading {
  id: string;
  state: BoxState;
  /** Share of the box's inside darker than half-way from paper to black. */
  coverage: number;
  /** Share darker than a fifth of the way: pencil and faint marks. */
  faint: number;
  /** Share of the inside's rows and columns that cross three or more separate strokes (a hatch, a scribble). */
  hatched: number;
  /** Ink (mm²) on the bare paper around the box: a mark that missed it. */
  surroundInk: number;
}

/** The page's paper and ink greys: darkness is measured between them. */
export interface InkLevels {
  white: number;
  black: number;
}

/** Inside of the box read: 0.9 mm in from the printed outline (0.3 mm), so misregistration never reads the line. */
const INSET_MM = 0.9;
const SEARCH_MM = 0.7;
const SEARCH_STEP_MM = 0.1;

/**
 * Thresholds measured on generated scans (tests/support/scan, 30 pages of other seeds than the
 * bench's): an empty box shows under 1.1% faint ink (noise, dust), a pencil tick 7–23%, a pen tick
 * or cross 4.5–56% (a big tick may only clip the box), a filled box over 86% coverage; a mark struck
 * through to take it back lands between a cross and a fill (coverage 0.38–0.75). Too heavy for a
 * tick and too light for a fill is doubtful, and so is a trace of ink between empty and a tick.
 * A strike is also told by its strokes: a tick or a cross crosses at most two on any row or column
 * of the box (hatched ≤ 0.03 in 2 000 measured), a tick struck through three or more on 10–44% of
 * them (a few on none: those are too heavy for a tick anyway); a fill's strokes merge (coverage over 0.8).
 */
export const BOX_THRESHOLDS = {
  emptyFaint: 0.012,
  tickFaint: 0.04,
  heavyCoverage: 0.44,
  heavyFaint: 0.58,
  filled: 0.8,
  hatched: 0.08,
};

function sampler(img: GreyImage, levels: InkLevels) {
  const span = Math.max(1, levels.white - levels.black);
  return (x: number, y: number): number => {
    const xi = Math.round(x - 0.5);
    const yi = Math.round(y - 0.5);
    if (xi < 0 || yi < 0 || xi >= img.width || yi >= img.height) return 0;
    const d = (levels.white - img.data[yi * img.width + xi]) / span;
    return d < 0 ? 0 : d > 1 ? 1 : d;
  };
}

export function classifyBox(coverage: number, faint: number, hatched = 0): BoxState {
  const t = BOX_THRESHOLDS;
  if (faint < t.emptyFaint) return 'empty';
  if (coverage >= t.filled) return 'ticked';
  if (coverage > t.heavyCoverage || faint > t.heavyFaint || hatched >= t.hatched) return 'doubtful';
  return faint >= t.tickFaint ? 'ticked' : 'doubtful';
}

/** Separate strokes a line of samples crosses: dark runs (over half-way) parted by paper (under a quarter). */
function strokesAlong(grid: Float32Array, start: number, step: number, n: number): number {
  let strokes = 0;
  let isInStroke = false;
  for (let k = 0, at = start; k < n; k++, at += step) {
    const d = grid[at];
    if (!isInStroke && d > 0.5) {
      strokes++;
      isInStroke = true;
    } else if (isInStroke && d < 0.25) isInStroke = false;
  }
  return strokes;
}

/** Share of rows and columns of the box's inside crossing three or more strokes: a tick or a cross crosses two. */
export function hatchedShare(grid: Float32Array, n: number): number {
  let lines = 0;
  for (let k = 0; k < n; k++) {
    if (strokesAlong(grid, k * n, 1, n) >= 3) lines++;
    if (strokesAlong(grid, k, n, n) >= 3) lines++;
  }
  return lines / (2 * n);
}

/**
 * Reads one box: finds its printed outline within ±0.7 mm of where the page's transform puts it
 * (scanners stretch paper unevenly), then measures the ink inside it.
 */
export function readBox(
  img: GreyImage,
  h: Homography,
  box: LayoutBox,
  levels: InkLevels,
  surround: readonly BoxOffset[] = [],
): BoxReading {
  const dark = sampler(img, levels);
  const o = project(h, box.x, box.y);
  const ex = project(h, box.x + 1, box.y);
  const ey = project(h, box.x, box.y + 1);
  // Local affine frame: one mm along the box's x and y in pixels.
  const ux = { x: ex.x - o.x, y: ex.y - o.y };
  const uy = { x: ey.x - o.x, y: ey.y - o.y };
  const at = (u: number, v: number): Point => ({ x: o.x + u * ux.x + v * uy.x, y: o.y + u * ux.y + v * uy.y });
  const s = box.size;
  const perimeter: Point[] = [];
  for (let i = 1; i < 10; i++) {
    const t = (i / 10) * s;
    perimeter.push(at(t, 0), at(t, s), at(0, t), at(s, t));
  }
  let best = { du: 0, dv: 0, score: -1 };
  for (let du = -SEARCH_MM; du <= SEARCH_MM + 1e-9; du += SEARCH_STEP_MM) {
    for (let dv = -SEARCH_MM; dv <= SEARCH_MM + 1e-9; dv += SEARCH_STEP_MM) {
      const ox = du * ux.x + dv * uy.x;
      const oy = du * ux.y + dv * uy.y;
      let score = 0;
      for (const p of perimeter) score += dark(p.x + ox, p.y + oy);
      if (score > best.score) best = { du, dv, score };
    }
  }
  // An outline too faint to find (a fill over it, a bad scan): trust the page's transform.
  if (best.score / perimeter.length < 0.3) best = { du: 0, dv: 0, score: 0 };
  const pxPerMm = Math.hypot(ux.x, ux.y);
  const n = Math.max(6, Math.ceil((s - 2 * INSET_MM) * pxPerMm));
  let covered = 0;
  let faint = 0;
  const grid = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const u = best.du + INSET_MM + ((i + 0.5) / n) * (s - 2 * INSET_MM);
      const v = best.dv + INSET_MM + ((j + 0.5) / n) * (s - 2 * INSET_MM);
      const p = at(u, v);
      const d = dark(p.x, p.y);
      grid[j * n + i] = d;
      if (d > 0.5) covered++;
      if (d > 0.2) faint++;
    }
  }
  const coverage = covered / (n * n);
  const faintShare = faint / (n * n);
  const hatched = hatchedShare(grid, n);
  let inkAround = 0;
  for (const { u, v } of surround) {
    const p = at(u + best.du, v + best.dv);
    if (dark(p.x, p.y) > 0.5) inkAround++;
  }
  const surroundInk = inkAround * SURROUND_CELL_MM2;
  let state = classifyBox(coverage, faintShare, hatched);
  // Empty inside, but a stroke beside it: a big tick that only grazed the box is a person's call.
  if (state === 'empty' && surroundInk >= SURROUND_INK_MM2) state = 'doubtful';
  return { id: box.id, state, coverage, faint: faintShare, hatched, surroundInk };
}
