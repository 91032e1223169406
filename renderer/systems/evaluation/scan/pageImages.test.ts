import UTIF from 'utif2';
import { describe, expect, it } from 'vitest';
import { sniffKind, tiffPages } from './pageImages';

describe('scan files', () => {
  it('tells a PDF, a TIFF and a JPEG or PNG by their first bytes, whatever their names say', () => {
    const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0]);
    expect(sniffKind(bytes(0x25, 0x50, 0x44, 0x46))).toBe('pdf');
    expect(sniffKind(bytes(0x49, 0x49, 0x2a, 0x00))).toBe('tiff');
    expect(sniffKind(bytes(0x4d, 0x4d, 0x00, 0x2a))).toBe('tiff');
    expect(sniffKind(bytes(0xff, 0xd8, 0xff))).toBe('image');
    expect(sniffKind(bytes(0x89, 0x50, 0x4e, 0x47))).toBe('image');
    expect(sniffKind(bytes(0x50, 0x4b, 0x03, 0x04))).toBeNull();
  });

  it('reads a TIFF page (utif2) as the grey the scanner saw', () => {
    const [w, h] = [40, 30];
    const rgba = new Uint8Array(w * h * 4);
    for (let i = 0; i < w * h; i++) {
      const v = (i % w) * 6;
      rgba.set([v, v, v, 255], i * 4);
    }
    const [page] = tiffPages(UTIF.encodeImage(rgba, w, h));
    expect([page.width, page.height]).toEqual([w, h]);
    expect(page.data[5]).toBe(30);
    expect(page.data[w * 10 + 39]).toBe(234);
  });
});
