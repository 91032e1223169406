import type { MarkStyle } from './planMarks';

/** A box to mark, in pixels of the clean raster. */
export interface DrawMark {
  x: number;
  y: number;
  size: number;
  style: MarkStyle;
}

/** What the scanner and the paper do to a page. */
export interface Damage {
  angleDeg: number;
  scale: number;
  shiftX: number;
  shiftY: number;
  shearDeg: number;
  blurPx: number;
  noise: number;
  /** Paper tone (0–255) and ink strength (how black black prints). */
  paper: number;
  /** null: PNG, lossless */
  jpegQuality: number | null;
  isColour: boolean;
}

export interface DrawInput {
  pngBase64: string;
  dpi: number;
  marks: DrawMark[];
  /** Writing areas (px) to scribble in. */
  textAreas: { x: number; y: number; w: number; h: number }[];
  seed: number;
  damage: Damage;
  /** Also return the decoded grey pixels of the output (for reading in Node). */
  wantGrey: boolean;
}

export interface DrawOutput {
  bytesBase64: string;
  mime: string;
  width: number;
  height: number;
  greyBase64?: string;
}

/**
 * Runs IN THE BROWSER (page.evaluate): self-contained, no imports. Marks the clean page by hand-like
 * strokes (never at exact pixel positions: every stroke is jittered, turned and sized at random),
 * then damages it as a scanner would and encodes it.
 */
export async function drawScan(input: DrawInput): Promise<DrawOutput> {
  let seed = input.seed >>> 0;
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const between = (a: number, b: number) => a + (b - a) * rnd();
  const ppm = input.dpi / 25.4;
  const bytes = Uint8Array.from(atob(input.pngBase64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const w = bitmap.width;
  const h = bitmap.height;
  const page = new OffscreenCanvas(w, h);
  const ctx = page.getContext('2d') as OffscreenCanvasRenderingContext2D;
  ctx.drawImage(bitmap, 0, 0);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';

  const pen = () => {
    const blue = rnd() < 0.5;
    ctx.strokeStyle = blue ? `rgb(${between(10, 40)},${between(20, 50)},${between(90, 140)})` : 'rgb(25,25,30)';
    ctx.globalAlpha = between(0.85, 1);
    ctx.lineWidth = between(0.3, 0.6) * ppm;
  };
  const pencil = () => {
    const g = between(105, 150);
    ctx.strokeStyle = `rgb(${g},${g},${g})`;
    ctx.globalAlpha = between(0.75, 0.95);
    ctx.lineWidth = between(0.25, 0.4) * ppm;
  };
  /** A wobbly stroke through points (box-relative, in units of the box side), as a hand draws it. */
  const stroke = (pts: [number, number][], cx: number, cy: number, s: number, angle: number) => {
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const map = ([u, v]: [number, number]) => {
      const x = (u + between(-0.04, 0.04)) * s;
      const y = (v + between(-0.04, 0.04)) * s;
      return [cx + x * cos - y * sin, cy + x * sin + y * cos];
    };
    const m = pts.map(map);
    ctx.beginPath();
    ctx.moveTo(m[0][0], m[0][1]);
    for (let i = 1; i < m.length; i++) {
      const [px, py] = m[i - 1];
      const [x, y] = m[i];
      const bend = between(-0.06, 0.06) * s;
      ctx.quadraticCurveTo((px + x) / 2 + bend, (py + y) / 2 - bend, x, y);
    }
    ctx.stroke();
  };
  const tick = (cx: number, cy: number, s: number, a: number) =>
    stroke(
      [
        [between(-0.42, -0.25), between(-0.05, 0.1)],
        [between(-0.1, 0.05), between(0.3, 0.42)],
        [between(0.35, 0.6), between(-0.45, -0.6)],
      ],
      cx,
      cy,
      s,
      a,
    );
  const cross = (cx: number, cy: number, s: number, a: number) => {
    const k = between(0.3, 0.45);
    stroke(
      [
        [-k, -k],
        [k, k],
      ],
      cx,
      cy,
      s,
      a,
    );
    stroke(
      [
        [k, -k],
        [-k, k],
      ],
      cx,
      cy,
      s,
      a,
    );
  };
  const hatch = (cx: number, cy: number, s: number, a: number, spacing: number, reach: number) => {
    const lines = Math.ceil((2 * reach) / spacing);
    const pts: [number, number][] = [];
    for (let i = 0; i <= lines; i++) {
      const v = -reach + i * spacing;
      pts.push(i % 2 ? [reach, v] : [-reach, v]);
    }
    stroke(pts, cx, cy, s, a);
  };

  for (const m of input.marks) {
    const s = m.size * between(0.8, 1.25);
    const cx = m.x + m.size / 2 + between(-0.12, 0.12) * m.size;
    const cy = m.y + m.size / 2 + between(-0.12, 0.12) * m.size;
    const a = between(-0.25, 0.25);
    if (m.style === 'pencil') pencil();
    else pen();
    if (m.style === 'tick' || m.style === 'pencil') tick(cx, cy, s, a);
    else if (m.style === 'bigTick') tick(cx + 0.15 * s, cy - 0.2 * s, s * between(1.5, 2), a);
    else if (m.style === 'cross') cross(cx, cy, s, a);
    else if (m.style === 'fill') {
      ctx.lineWidth = between(0.5, 0.8) * ppm;
      const j = () => between(-0.06, 0.06) * m.size;
      hatch(m.x + m.size / 2 + j(), m.y + m.size / 2 + j(), m.size, between(-0.1, 0.1), between(0.05, 0.08), 0.42);
    } else {
      tick(cx, cy, s, a);
      ctx.lineWidth = between(0.4, 0.6) * ppm;
      hatch(cx, cy, m.size, between(-0.6, 0.6), between(0.16, 0.24), 0.45);
    }
  }
  // Handwriting in the writing areas: rows of wavy strokes.
  for (const area of input.textAreas) {
    pen();
    const rows = Math.floor(rnd() * 3);
    for (let r = 0; r < rows; r++) {
      const y = area.y + (r + 0.7) * 9 * ppm;
      ctx.beginPath();
      ctx.moveTo(area.x + 4 * ppm, y);
      for (let x = area.x + 4 * ppm; x < area.x + area.w * between(0.5, 0.95); x += between(1.5, 3) * ppm) {
        ctx.lineTo(x, y + between(-1.6, 1.6) * ppm);
      }
      ctx.stroke();
    }
  }

  // The scanner: a sheet fed askew, stretched, shifted; optics blur it, the sensor adds noise.
  const d = input.damage;
  const out = new OffscreenCanvas(w, h);
  const o = out.getContext('2d') as OffscreenCanvasRenderingContext2D;
  o.fillStyle = `rgb(${d.paper},${d.paper},${d.paper})`;
  o.fillRect(0, 0, w, h);
  o.translate(w / 2 + d.shiftX, h / 2 + d.shiftY);
  o.rotate((d.angleDeg * Math.PI) / 180);
  o.transform(1, 0, Math.tan((d.shearDeg * Math.PI) / 180), 1, 0, 0);
  o.scale(d.scale, d.scale);
  o.filter = d.blurPx > 0 ? `blur(${d.blurPx}px)` : 'none';
  o.globalCompositeOperation = 'multiply';
  o.drawImage(page, -w / 2, -h / 2);
  o.setTransform(1, 0, 0, 1, 0, 0);
  o.filter = 'none';
  o.globalCompositeOperation = 'source-over';
  const img = o.getImageData(0, 0, w, h);
  const px = img.data;
  // Sensor noise from a table of bell-shaped values (the sum of three uniforms), walked by xorshift.
  const table = new Float32Array(65536);
  for (let i = 0; i < table.length; i++) table[i] = (rnd() + rnd() + rnd() - 1.5) * 2 * d.noise;
  let x32 = (seed | 1) >>> 0;
  for (let i = 0; i < px.length; i += 4) {
    x32 ^= x32 << 13;
    x32 ^= x32 >>> 17;
    x32 ^= x32 << 5;
    const n = table[x32 & 0xffff];
    if (d.isColour) {
      px[i] += n;
      px[i + 1] += n;
      px[i + 2] += n;
    } else {
      px[i] = px[i + 1] = px[i + 2] = px[i] * 0.3 + px[i + 1] * 0.59 + px[i + 2] * 0.11 + n;
    }
  }
  // Dust: a few specks anywhere on the page.
  for (let k = Math.floor(rnd() * 30); k > 0; k--) {
    const x = Math.floor(rnd() * w);
    const y = Math.floor(rnd() * h);
    const r = Math.max(1, Math.round(between(0.05, 0.2) * ppm));
    for (let dy = -r; dy <= r; dy++) {
      for (let dx = -r; dx <= r; dx++) {
        const j = ((y + dy) * w + x + dx) * 4;
        if (j >= 0 && j < px.length && dx * dx + dy * dy <= r * r) px[j] = px[j + 1] = px[j + 2] = between(40, 120);
      }
    }
  }
  o.putImageData(img, 0, 0);
  const mime = d.jpegQuality === null ? 'image/png' : 'image/jpeg';
  const blob = await out.convertToBlob({ type: mime, quality: d.jpegQuality ?? undefined });
  // FileReader's data URL is the browser's own base64: far faster than building strings here.
  const base64 = (b: Blob) =>
    new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
      reader.readAsDataURL(b);
    });
  const result: DrawOutput = { bytesBase64: await base64(blob), mime, width: w, height: h };
  if (input.wantGrey) {
    const back = await createImageBitmap(blob);
    const c = new OffscreenCanvas(back.width, back.height).getContext('2d') as OffscreenCanvasRenderingContext2D;
    c.drawImage(back, 0, 0);
    const rgba = c.getImageData(0, 0, back.width, back.height).data;
    const grey = new Uint8Array(rgba.length / 4);
    for (let i = 0, j = 0; i < grey.length; i++, j += 4)
      grey[i] = (rgba[j] * 77 + rgba[j + 1] * 150 + rgba[j + 2] * 29) >> 8;
    result.greyBase64 = await base64(new Blob([grey]));
  }
  return result;
}
