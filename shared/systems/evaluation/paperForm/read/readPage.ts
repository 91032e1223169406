import { SHEET, type MmRect, type PaperFormLayout } from '../layoutModel';
import { decodePageCode, qrModules, type PageCode } from '../qrPayload';
import { readBox, type BoxReading, type InkLevels } from './boxReading';
import { surroundOf } from './boxSurround';
import { findMark } from './cornerMarks';
import { cropGrey, frameGrey, paperWhite, upscaleGrey, type GreyImage, type Point } from './greyImage';
import { fitAffine, fitHomography, fitSimilarity, project, type Homography } from './homography';

/** A QR code found on the image: its text and its four corners (the symbol's own top-left first). */
export interface QrHit {
  text: string;
  corners: [Point, Point, Point, Point];
}

/** The QR decoder, injected: zxing-wasm in the worker and in Node tests. */
export type DecodeQr = (img: GreyImage) => Promise<QrHit[]>;

export type PageStatus = 'read' | 'no-code' | 'unknown-form' | 'no-marks';

export interface PageReading {
  status: PageStatus;
  code: PageCode | null;
  /** Paper (mm) to this image (pixels), once the corner marks are found. */
  transform: Homography | null;
  boxes: BoxReading[];
  levels?: InkLevels;
}

/** Where to look first: the QR's corner, then the opposite one (a sheet fed upside down), then the rest. */
const QR_REGIONS: MmRect[] = [
  { x: 0.55, y: 0, w: 0.45, h: 0.25 },
  { x: 0, y: 0.75, w: 0.45, h: 0.25 },
  { x: 0, y: 0, w: 0.45, h: 0.25 },
  { x: 0.55, y: 0.75, w: 0.45, h: 0.25 },
];

/**
 * Finds the page's own code: one of our QR codes in a corner region, else anywhere on the page.
 * Each region is framed in paper white first: a sheet fed high or askew can put the code at the
 * image's very edge, and the decoder finds no code without a quiet zone around it. When none is
 * found, the corner regions are tried again at twice their size: a code scanned at 150 dpi, sheared
 * and blurred, can be found or missed by where the decoder's binarisation blocks fall (72/1 of the
 * bench set was read on the whole page, not in its corner), and a larger copy settles it.
 */
export async function findPageCode(img: GreyImage, decode: DecodeQr): Promise<{ code: PageCode; hit: QrHit } | null> {
  const white = paperWhite(img);
  const margin = Math.round(Math.min(img.width, img.height) * 0.02);
  const passes = [
    { scale: 1, regions: [...QR_REGIONS, { x: 0, y: 0, w: 1, h: 1 }] },
    { scale: 2, regions: QR_REGIONS },
  ];
  for (const { scale, regions } of passes)
    for (const r of regions) {
      const x0 = Math.floor(r.x * img.width);
      const y0 = Math.floor(r.y * img.height);
      const crop = cropGrey(img, x0, y0, r.w * img.width, r.h * img.height);
      const framed = frameGrey(scale === 1 ? crop : upscaleGrey(crop, scale), margin, white);
      for (const hit of await decode(framed)) {
        const code = decodePageCode(hit.text);
        if (!code) continue;
        const back = (p: Point) => ({ x: (p.x - margin) / scale + x0, y: (p.y - margin) / scale + y0 });
        return { code, hit: { text: hit.text, corners: hit.corners.map(back) as QrHit['corners'] } };
      }
    }
  return null;
}

/** The symbol's corners on paper (mm), as printed by renderPaperFormHtml. */
export function qrCornersMm(text: string): Point[] {
  const { size } = qrModules(text);
  const m = SHEET.qr.w / (size + 6);
  const x0 = SHEET.qr.x + 3 * m;
  const y0 = SHEET.qr.y + 3 * m;
  const s = size * m;
  return [
    { x: x0, y: y0 },
    { x: x0 + s, y: y0 },
    { x: x0 + s, y: y0 + s },
    { x: x0, y: y0 + s },
  ];
}

/**
 * Straightens and reads one page of a known layout: a first transform from the QR code's corners,
 * the four corner marks found near where it puts them, the page's transform from the marks (with
 * only two, from them and the QR code, and every box of the page put to a person), then
 * every box of the page.
 */
export function readKnownPage(img: GreyImage, hit: QrHit, code: PageCode, layout: PaperFormLayout): PageReading {
  const page = layout.pages.find((p) => p.pageNo === code.pageNo);
  if (!page) return { status: 'unknown-form', code, transform: null, boxes: [] };
  const rough = fitSimilarity(qrCornersMm(hit.text), hit.corners);
  if (!rough) return { status: 'no-marks', code, transform: null, boxes: [] };
  const pxPerMm = Math.hypot(rough[0], rough[3]);
  const white = paperWhite(img);
  const threshold = white * 0.55;
  const found = SHEET.marks.map((m) =>
    findMark(img, project(rough, m.x, m.y), pxPerMm, threshold, SHEET.markSizeMm, 14),
  );
  const pairs = SHEET.marks.flatMap((m, i) => (found[i] ? [{ mm: m, px: found[i] }] : []));
  if (pairs.length < 2) return { status: 'no-marks', code, transform: null, boxes: [] };
  // Two marks cut off by the scan's edge (a sheet fed askew and off-centre): the two left and the QR
  // code's corners straighten the page roughly, enough to keep its writing, not to trust its ticks.
  const isRough = pairs.length === 2;
  const from = pairs.map((p) => p.mm);
  const to: Point[] = pairs.map((p) => p.px);
  const transform = isRough
    ? fitSimilarity([...from, ...qrCornersMm(hit.text)], [...to, ...hit.corners])
    : (pairs.length === 4 ? fitHomography : fitAffine)(from, to);
  if (!transform) return { status: 'no-marks', code, transform: null, boxes: [] };
  const black = Math.min(white - 60, pairs.reduce((s, p) => s + p.px.black, 0) / pairs.length);
  const levels = { white, black };
  const boxes = page.boxes.map((box): BoxReading => {
    const reading = readBox(img, transform, box, levels, surroundOf(page, box));
    return isRough ? { ...reading, state: 'doubtful' } : reading;
  });
  return { status: 'read', code, transform, boxes, levels };
}

/** Reads one scanned page against the layouts the office printed; `layoutFor` finds one by its code. */
export async function readPage(
  img: GreyImage,
  decode: DecodeQr,
  layoutFor: (code: PageCode) => PaperFormLayout | undefined,
): Promise<PageReading> {
  const found = await findPageCode(img, decode);
  if (!found) return { status: 'no-code', code: null, transform: null, boxes: [] };
  const layout = layoutFor(found.code);
  if (!layout || layout.fingerprint !== found.code.fingerprint) {
    return { status: 'unknown-form', code: found.code, transform: null, boxes: [] };
  }
  return readKnownPage(img, found.hit, found.code, layout);
}
