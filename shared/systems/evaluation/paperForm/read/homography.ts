import type { Point } from './greyImage';

/** A plane projective transform, row-major 3×3 with h[8] = 1: paper (mm) to scan (pixels). */
export type Homography = readonly number[];

export function project(h: Homography, x: number, y: number): Point {
  const w = h[6] * x + h[7] * y + h[8];
  return { x: (h[0] * x + h[1] * y + h[2]) / w, y: (h[3] * x + h[4] * y + h[5]) / w };
}

/** Solves A·x = b (n×n, Gaussian elimination with partial pivoting); null if singular. */
export function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    if (Math.abs(m[p][c]) < 1e-12) return null;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

/** Least-squares homography from ≥ 4 pairs (normal equations of the DLT with h[8] = 1). */
export function fitHomography(from: readonly Point[], to: readonly Point[]): Homography | null {
  const ata = Array.from({ length: 8 }, () => new Array<number>(8).fill(0));
  const atb = new Array<number>(8).fill(0);
  const add = (row: number[], rhs: number) => {
    for (let i = 0; i < 8; i++) {
      atb[i] += row[i] * rhs;
      for (let j = 0; j < 8; j++) ata[i][j] += row[i] * row[j];
    }
  };
  from.forEach(({ x, y }, i) => {
    const { x: u, y: v } = to[i];
    add([x, y, 1, 0, 0, 0, -u * x, -u * y], u);
    add([0, 0, 0, x, y, 1, -v * x, -v * y], v);
  });
  const h = solve(ata, atb);
  return h ? [...h, 1] : null;
}

/** Least-squares affine map from ≥ 3 pairs, as a homography. */
export function fitAffine(from: readonly Point[], to: readonly Point[]): Homography | null {
  const ata = Array.from({ length: 3 }, () => new Array<number>(3).fill(0));
  const bx = [0, 0, 0];
  const by = [0, 0, 0];
  from.forEach(({ x, y }, i) => {
    const row = [x, y, 1];
    for (let a = 0; a < 3; a++) {
      bx[a] += row[a] * to[i].x;
      by[a] += row[a] * to[i].y;
      for (let b = 0; b < 3; b++) ata[a][b] += row[a] * row[b];
    }
  });
  const px = solve(ata, bx);
  const py = solve(ata, by);
  return px && py ? [...px, ...py, 0, 0, 1] : null;
}

/** Least-squares similarity (rotation, one scale, shift) from ≥ 2 pairs: stable from a small base. */
export function fitSimilarity(from: readonly Point[], to: readonly Point[]): Homography | null {
  const n = from.length;
  const mean = (ps: readonly Point[]) => ({
    x: ps.reduce((s, p) => s + p.x, 0) / n,
    y: ps.reduce((s, p) => s + p.y, 0) / n,
  });
  const f = mean(from);
  const t = mean(to);
  let a = 0;
  let b = 0;
  let d = 0;
  from.forEach((p, i) => {
    const x = p.x - f.x;
    const y = p.y - f.y;
    const u = to[i].x - t.x;
    const v = to[i].y - t.y;
    a += x * u + y * v;
    b += x * v - y * u;
    d += x * x + y * y;
  });
  if (d === 0) return null;
  const c = a / d;
  const s = b / d;
  return [c, -s, t.x - c * f.x + s * f.y, s, c, t.y - s * f.x - c * f.y, 0, 0, 1];
}
