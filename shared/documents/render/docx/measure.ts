/**
 * Estimates how many lines a paragraph takes, so the renderer can place the 版记 on an even page
 * (docformat.md "版记 page") without a layout engine. It follows what LibreOffice and Word do with
 * this document's settings: CJK glyphs one em, Times New Roman letters and digits about half.
 */

const CLOSING = '，。、；：！？）》」』】〕”’…—·%,.;:!?)';
const OPENING = '（《「『【〔“‘([';

/** Advance of one character in ems of its run's size (Times New Roman metrics for Latin). */
export function charWidthEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2e80 || (code >= 0x2010 && code <= 0x201f) || ch === '—' || ch === '…') return 1;
  if (ch === ' ') return 0.25;
  if ('.,:;!|il\'`'.includes(ch)) return 0.28;
  if ('fjrt-()[]'.includes(ch)) return 0.33;
  if ('mwMW%@'.includes(ch)) return 0.85;
  if (ch >= 'A' && ch <= 'Z') return 0.68;
  return 0.5;
}

export function textWidthEm(text: string): number {
  let sum = 0;
  for (const ch of text) sum += charWidthEm(ch);
  return sum;
}

/** Latin words and numbers do not break; every CJK character is its own token. */
function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9.%\-+/:@]+|[\s\S]/gu) ?? [];
}

export interface LineBox {
  /** Run size in points. */
  sizePt: number;
  /** Room for text on a full line, in twips. */
  widthTw: number;
  /** Extra indent of the first line (negative for a hanging first line), in twips. */
  firstLineTw?: number;
  /** Added to each character's advance, in twips (w:spacing). */
  spacingTw?: number;
}

/**
 * LibreOffice puts a fifth of the font height between CJK and Latin text whatever w:autoSpaceDE
 * says (docformat.md), but only where both neighbours are letters or digits: never next to a
 * punctuation mark such as ， or % (sw/source/core/text/itrform2.cxx, "we do not want a kerning
 * portion if any end would be a punctuation character"). Word honours autoSpaceDE and sets
 * slightly more per line, never less.
 */
const AUTOSPACE_EM = 0.2;
const isLatin = (token: string) => /^[A-Za-z0-9]/.test(token);
const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
/** Whether LibreOffice spaces `token` from the token before it. */
const hasAutospace = (previous: string, token: string) =>
  previous !== '' && isLatin(token) !== isLatin(previous) && isLetterOrDigit(previous.at(-1)) && isLetterOrDigit(token[0]);

/**
 * Lines of `text` set greedily in `box`. No punctuation hangs past the edge (w:overflowPunct is
 * set so LibreOffice does not hang: its hung marks vanish from the PDF), so a closing mark that
 * does not fit is carried down with the character before it, and an opening mark never ends a line.
 */
export function countLines(text: string, box: LineBox): number {
  if (!text) return 1;
  const em = box.sizePt * 20;
  const advance = (token: string) => [...token].reduce((s, ch) => s + charWidthEm(ch) * em + (box.spacingTw ?? 0), 0);
  let lines = 1;
  let room = box.widthTw - (box.firstLineTw ?? 0);
  let used = 0;
  let previous = '';
  for (const token of tokens(text)) {
    const gap = hasAutospace(previous, token) ? AUTOSPACE_EM * em : 0;
    const width = advance(token);
    if (used === 0 || used + gap + width <= room + 1) {
      used += (used ? gap : 0) + width;
    } else {
      lines += 1;
      room = box.widthTw;
      const carried = CLOSING.includes(token) || OPENING.includes(previous);
      used = carried ? advance(previous) + width : width;
    }
    previous = token;
  }
  return lines;
}
