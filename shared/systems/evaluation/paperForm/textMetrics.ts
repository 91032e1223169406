/**
 * Width estimates for laying out text without a browser: a CJK or full-width character is one em,
 * anything narrower is counted at 0.6 em (wider than the Latin of the 仿宋 and Noto faces), and a
 * line is filled to 96% only, so the print face never needs a line the layout did not reserve.
 */
export const PT_MM = 25.4 / 72;
const FILL = 0.96;

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000 ||
    code === 0x2014 ||
    code === 0x2026 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2018 ||
    code === 0x2019
  );
}

export function charEm(ch: string): number {
  return isWide(ch.codePointAt(0) ?? 0) ? 1 : 0.6;
}

export function textWidthMm(text: string, sizePt: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * sizePt * PT_MM;
}

/** Lines the text needs in a column of widthMm (character by character, as CJK breaks). */
export function lineCount(text: string, widthMm: number, sizePt: number): number {
  const limit = (widthMm * FILL) / (sizePt * PT_MM);
  let lines = 1;
  let used = 0;
  for (const ch of text) {
    if (ch === '\n') {
      lines += 1;
      used = 0;
      continue;
    }
    const w = charEm(ch);
    if (used + w > limit && used > 0) {
      lines += 1;
      used = 0;
    }
    used += w;
  }
  return lines;
}
