import type { GreyImage, Point } from './greyImage';

export interface FoundMark extends Point {
  /** Mean grey of the mark: the page's black, for reading the boxes. */
  black: number;
}

/**
 * The centre of a solid square mark of `sideMm` near `near`: the dark connected region in a window
 * of ±`searchMm` whose area, extent and fill fit a square turned by a few degrees, closest to `near`.
 */
export function findMark(
  img: GreyImage,
  near: Point,
  pxPerMm: number,
  threshold: number,
  sideMm: number,
  searchMm: number,
): FoundMark | null {
  const r = Math.round(searchMm * pxPerMm);
  const x0 = Math.max(0, Math.round(near.x) - r);
  const y0 = Math.max(0, Math.round(near.y) - r);
  const x1 = Math.min(img.width, Math.round(near.x) + r);
  const y1 = Math.min(img.height, Math.round(near.y) + r);
  const w = x1 - x0;
  const h = y1 - y0;
  if (w <= 0 || h <= 0) return null;
  const seen = new Uint8Array(w * h);
  const side = sideMm * pxPerMm;
  const area = side * side;
  const stack: number[] = [];
  let best: FoundMark | null = null;
  let bestDistance = Infinity;
  for (let start = 0; start < w * h; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    if (img.data[(y0 + Math.floor(start / w)) * img.width + x0 + (start % w)] >= threshold) continue;
    let count = 0;
    let sx = 0;
    let sy = 0;
    let sum = 0;
    let minX = w;
    let maxX = 0;
    let minY = h;
    let maxY = 0;
    stack.push(start);
    while (stack.length) {
      const i = stack.pop() as number;
      const x = i % w;
      const y = (i - x) / w;
      const v = img.data[(y0 + y) * img.width + x0 + x];
      count++;
      sx += x;
      sy += y;
      sum += v;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      const push = (j: number) => {
        if (seen[j]) return;
        seen[j] = 1;
        if (img.data[(y0 + Math.floor(j / w)) * img.width + x0 + (j % w)] < threshold) stack.push(j);
      };
      if (x > 0) push(i - 1);
      if (x < w - 1) push(i + 1);
      if (y > 0) push(i - w);
      if (y < h - 1) push(i + w);
    }
    const bw = maxX - minX + 1;
    const bh = maxY - minY + 1;
    const isSquare =
      count > 0.6 * area &&
      count < 1.5 * area &&
      bw > 0.8 * side &&
      bw < 1.5 * side &&
      bh > 0.8 * side &&
      bh < 1.5 * side &&
      count / (bw * bh) > 0.6;
    if (!isSquare) continue;
    const c = { x: x0 + sx / count + 0.5, y: y0 + sy / count + 0.5 };
    const d = Math.hypot(c.x - near.x, c.y - near.y);
    if (d < bestDistance) [best, bestDistance] = [{ ...c, black: sum / count }, d];
  }
  return best;
}
