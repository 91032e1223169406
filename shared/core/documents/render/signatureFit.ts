/**
 * GB/T 9704 §7.3.5.1: when the space left on the page cannot hold the 署名 and 成文日期, the line
 * spacing is adjusted so they fit — the page is not left short with them carried to the next.
 * The blank lines above them go first (both renderers shrink them to what the page has); where
 * fewer than two lines are left, the last lines of the 正文 on that page are set closer together,
 * 署名 and date with them. The page estimate (docx/signatureFit.ts) decides it once for both
 * renderers, so print and Word close up the same lines.
 */
export interface SignatureFit {
  /** The first block set closer: −1 the 主送机关, 0… a 正文 block, body.length the 附件说明. */
  fromBlock: number;
  /** The line pitch there, as a share of a body line (less than 1). */
  pitch: number;
}

/** Closer than this and the 三号 lines would crowd (16 pt glyphs on 22 pt): carry a line instead. */
export const MIN_PITCH = 0.76;

/** Whether block `index` (−1: 主送机关, body.length: 附件说明) is set closer. */
export function isTight(fit: SignatureFit | undefined, index: number): boolean {
  return !!fit && index >= fit.fromBlock;
}
