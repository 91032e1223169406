import { describe, expect, it } from 'vitest';
import { decodePageCode, encodePageCode, qrModules } from './qrPayload';

const code = { questionnaireId: 'q-2026/沙龙', version: 3, copyNumber: 120, pageNo: 2, fingerprint: '0a1b2c3d' };

describe('page codes', () => {
  it('reads back the questionnaire, version, copy and page it printed', () => {
    expect(decodePageCode(encodePageCode(code))).toEqual({ ...code, layoutRules: 1 });
  });

  it('ignores a QR code that is not one of our pages', () => {
    for (const text of ['https://example.org', 'TOWQ/1/q/1/1/1', 'TOWQ/1/q/0/1/1/0a1b2c3d', 'TOWQ/1/q/1/1/1/XYZ']) {
      expect(decodePageCode(text)).toBeNull();
    }
  });

  it('fits a page code in a symbol small enough for 0.5 mm modules in its 23 mm square', () => {
    const { size } = qrModules(encodePageCode({ ...code, questionnaireId: crypto.randomUUID(), copyNumber: 999999 }));
    expect(size).toBeLessThanOrEqual(37);
  });
});
