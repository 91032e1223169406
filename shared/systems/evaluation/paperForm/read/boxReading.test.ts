import { describe, expect, it } from 'vitest';
import type { LayoutBox, LayoutPage } from '../layoutModel';
import { readBox } from './boxReading';
import { surroundOf } from './boxSurround';
import type { GreyImage } from './greyImage';

/** A clean sheet at 8 px/mm with one printed 5 mm box at (20, 20) mm and its label to the right. */
const PX = 8;
const box: LayoutBox = { id: 'q#0', groupId: 'q', choiceId: '0', x: 20, y: 20, size: 5 };
const page: Pick<LayoutPage, 'texts' | 'rules' | 'boxes' | 'textAreas'> = {
  texts: [
    { x: 26.5, y: 19.5, w: 30, h: 6, text: '满意', role: 'body', align: 'left', lines: 1, sizePt: 12, lineMm: 6 },
  ],
  rules: [],
  boxes: [box],
  textAreas: [],
};
const identity = [PX, 0, 0, 0, PX, 0, 0, 0, 1];
const levels = { white: 240, black: 20 };

type Sheet = GreyImage & { ink: (x0: number, y0: number, x1: number, y1: number, widthMm: number) => void };

function sheet(): Sheet {
  const img = { width: 60 * PX, height: 50 * PX, data: new Uint8Array(60 * PX * 50 * PX).fill(240) };
  const ink = (x0: number, y0: number, x1: number, y1: number, widthMm: number) => {
    const steps = Math.ceil(Math.hypot(x1 - x0, y1 - y0) * PX * 2);
    const r = (widthMm * PX) / 2;
    for (let i = 0; i <= steps; i++) {
      const cx = (x0 + ((x1 - x0) * i) / steps) * PX;
      const cy = (y0 + ((y1 - y0) * i) / steps) * PX;
      for (let y = Math.floor(cy - r); y <= cy + r; y++)
        for (let x = Math.floor(cx - r); x <= cx + r; x++)
          if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) img.data[y * img.width + x] = 20;
    }
  };
  // The printed outline (0.3 mm).
  ink(20, 20, 25, 20, 0.3);
  ink(25, 20, 25, 25, 0.3);
  ink(25, 25, 20, 25, 0.3);
  ink(20, 25, 20, 20, 0.3);
  return Object.assign(img, { ink });
}

const read = (img: GreyImage) => readBox(img, identity, box, levels, surroundOf(page, box)).state;

describe('reading one box', () => {
  it('reads a box left alone as empty, and one with a tick inside as ticked', () => {
    const img = sheet();
    expect(read(img)).toBe('empty');
    const ticked = sheet();
    ticked.ink(21, 22.5, 22.3, 24, 0.45);
    ticked.ink(22.3, 24, 24.2, 20.8, 0.45);
    expect(read(ticked)).toBe('ticked');
  });

  it('puts a big tick that only grazed the box to a person: its ink is beside the box, not inside', () => {
    const img = sheet();
    // Drawn up and to the right of the box: it crosses the bottom-left corner and leaves by the right edge.
    img.ink(19, 23.5, 23.5, 25.8, 0.45);
    img.ink(23.5, 25.8, 28.5, 15, 0.45);
    expect(read(img)).toBe('doubtful');
  });

  it('puts a tick struck through to take it back to a person, never reads it as ticked', () => {
    const img = sheet();
    img.ink(21, 22.5, 22.3, 24, 0.45);
    img.ink(22.3, 24, 24.2, 20.8, 0.45);
    // Four zigzag strokes across the tick, a millimetre apart: light enough to pass for a tick by its ink.
    for (let k = 0; k < 4; k++) img.ink(k % 2 ? 24.5 : 20.5, 21 + k, k % 2 ? 20.5 : 24.5, 22 + k, 0.35);
    const reading = readBox(img, identity, box, levels, surroundOf(page, box));
    expect(reading.coverage).toBeLessThan(0.44);
    expect(reading.state).toBe('doubtful');
  });

  it('keeps a box empty beside dust and beside its own printed label', () => {
    const img = sheet();
    img.ink(17.5, 22, 17.5, 22, 0.3);
    // A stroke in the label's area (the label itself, or writing over it) is not a mark beside the box.
    img.ink(27, 21, 40, 23, 0.4);
    expect(read(img)).toBe('empty');
  });
});
