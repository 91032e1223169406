import { describe, expect, it } from 'vitest';
import { encodePageCode } from '../qrPayload';
import { upscaleGrey, type GreyImage, type Point } from './greyImage';
import { findPageCode, type DecodeQr } from './readPage';

const TEXT = encodePageCode({
  questionnaireId: 'q-2026-salon',
  version: 2,
  copyNumber: 72,
  pageNo: 1,
  fingerprint: 'a9d8c09f',
});

/** A white page with a black square where the code is printed (top right). */
function page(width: number, height: number, square: { x: number; y: number; size: number }): GreyImage {
  const data = new Uint8Array(width * height).fill(240);
  for (let y = square.y; y < square.y + square.size; y++)
    data.fill(20, y * width + square.x, y * width + square.x + square.size);
  return { width, height, data };
}

/**
 * A decoder that finds the square and reads it only when it is at least `minPx` pixels wide in the
 * image it is given (as zxing misses a 150 dpi code whose modules are too few pixels to binarise).
 */
function decoderNeeding(minPx: number): DecodeQr & { calls: number[] } {
  const calls: number[] = [];
  const decode = async (img: GreyImage) => {
    calls.push(img.width);
    let [x0, y0, x1, y1] = [Infinity, Infinity, -1, -1];
    for (let y = 0; y < img.height; y++)
      for (let x = 0; x < img.width; x++)
        if (img.data[y * img.width + x] < 128)
          [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x + 1), Math.max(y1, y + 1)];
    if (x1 < 0 || x1 - x0 < minPx) return [];
    const corners: [Point, Point, Point, Point] = [
      { x: x0, y: y0 },
      { x: x1, y: y0 },
      { x: x1, y: y1 },
      { x: x0, y: y1 },
    ];
    return [{ text: TEXT, corners }];
  };
  return Object.assign(decode, { calls });
}

describe('finding a page’s own code', () => {
  const square = { x: 1000, y: 40, size: 60 };
  const img = page(1240, 1754, square);

  it('reads the code in its corner at the scan’s own size when the decoder can', async () => {
    const decode = decoderNeeding(50);
    const found = await findPageCode(img, decode);
    expect(found?.code).toMatchObject({ copyNumber: 72, pageNo: 1 });
    expect(found?.hit.corners[0]).toEqual({ x: 1000, y: 40 });
    expect(found?.hit.corners[2]).toEqual({ x: 1060, y: 100 });
    expect(decode.calls).toHaveLength(1);
  });

  it('tries the corners again at twice the size when no region gives a code, with its corners on the scan', async () => {
    const decode = decoderNeeding(100);
    const found = await findPageCode(img, decode);
    expect(found?.code).toMatchObject({ copyNumber: 72, pageNo: 1 });
    for (const [i, p] of [
      [0, { x: 1000, y: 40 }],
      [2, { x: 1060, y: 100 }],
    ] as const) {
      expect(found!.hit.corners[i].x).toBeCloseTo(p.x, 0);
      expect(found!.hit.corners[i].y).toBeCloseTo(p.y, 0);
    }
    // Four corners and the whole page at the scan's size, then the code's corner at twice it.
    expect(decode.calls.length).toBe(6);
    expect(decode.calls[5]).toBeGreaterThan(2 * 0.45 * img.width);
  });

  it('says there is no code when none is found at either size', async () => {
    expect(await findPageCode(page(620, 877, { x: 0, y: 0, size: 0 }), decoderNeeding(1))).toBeNull();
  });
});

describe('a scan made larger for the decoder', () => {
  it('keeps pixel centres: each pixel becomes a k×k block blended with its neighbours at the edges', () => {
    const img = { width: 2, height: 1, data: new Uint8Array([0, 200]) };
    const up = upscaleGrey(img, 2);
    expect(up).toMatchObject({ width: 4, height: 2 });
    expect([...up.data.subarray(0, 4)]).toEqual([0, 50, 150, 200]);
    expect([...up.data.subarray(4, 8)]).toEqual([0, 50, 150, 200]);
  });
});
