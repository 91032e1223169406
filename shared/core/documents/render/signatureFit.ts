/**
 * GB/T 9704 §7.3.5.1: when the space left on the page cannot hold the 署名 and 成文日期, the line
 * spacing is adjusted so they fit — the page is not left short with them carried to the next. The
 * 附注 on the line under the date (§7.3.6) counts with them: a page never holds the 附注 alone.
 * The blank lines above them go first (both renderers shrink them to what the page has); where
 * fewer lines are left than 署名, date and 附注 take, the last lines of the 正文 on that page are
 * set closer together, the closing with them. The page estimate (docx/signatureFit.ts) decides it
 * once for both renderers, so print and Word close up the same lines.
 */
export interface SignatureFit {
  /** The first block set closer: −1 the 主送机关, 0… a 正文 block, body.length the 附件说明. */
  fromBlock: number;
  /** The line pitch there, as a share of a body line (less than 1). */
  pitch: number;
}

/** The closing as the page estimate plans it (docx/planFit.ts): the fit, and the blank lines above the 署名. */
export interface ClosingPlan {
  fit?: SignatureFit;
  blanks: number;
}

/** Closer than this and the 三号 lines would crowd (16 pt glyphs on 22 pt): carry a line instead. */
export const MIN_PITCH = 0.76;

/** Whether block `index` (−1: 主送机关, body.length: 附件说明) is set closer. */
export function isTight(fit: SignatureFit | undefined, index: number): boolean {
  return !!fit && index >= fit.fromBlock;
}

/** The 附注 as set (§7.3.6): in round brackets, added where the text has none. */
export function noteText(note: string): string {
  return /^（[\s\S]*）$/.test(note) ? note : `（${note}）`;
}
