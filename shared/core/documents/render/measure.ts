/**
 * Estimates how many lines a paragraph takes, so the renderer can place the 版记 on an even page
 * (docformat.md "版记 page") without a layout engine. It follows what LibreOffice and Word do with
 * this document's settings: CJK glyphs one em, Times New Roman letters and digits about half.
 */

const CLOSING = '，。、；：！？）》」』】〕”’…—·%,.;:!?)';
const OPENING = '（《「『【〔“‘([';

/** Advance of an ASCII character in ems (Times New Roman metrics). */
function asciiWidthEm(ch: string): number {
  if (ch === ' ') return 0.25;
  if (".,:;!|il'`".includes(ch)) return 0.28;
  if ('fjrt-()[]'.includes(ch)) return 0.33;
  if ('mwMW%@'.includes(ch)) return 0.85;
  if (ch >= 'A' && ch <= 'Z') return 0.68;
  return 0.5;
}

const ASCII_EM = Float64Array.from({ length: 128 }, (_, code) => asciiWidthEm(String.fromCharCode(code)));

/** Advance of the character with this code point, in ems of its run's size; CJK glyphs, quotes and dashes one em. */
function codeWidthEm(code: number): number {
  if (code < 128) return ASCII_EM[code];
  return code >= 0x2e80 || (code >= 0x2010 && code <= 0x201f) || code === 0x2026 ? 1 : 0.5;
}

/** Advance of one character in ems of its run's size (Times New Roman metrics for Latin). */
export function charWidthEm(ch: string): number {
  return codeWidthEm(ch.codePointAt(0) ?? 0);
}

export function textWidthEm(text: string): number {
  let sum = 0;
  for (const ch of text) sum += charWidthEm(ch);
  return sum;
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
  /** Space between CJK and Latin text, in ems: none in print and in Word (autoSpaceDE/DN off). */
  autoSpaceEm?: number;
}

/**
 * The estimate follows print and Word, which set no space between CJK and Latin text. LibreOffice
 * puts a fifth of the font height there whatever the file says (its DOCX import drops
 * w:autoSpaceDE/DN, and no other part of the file reaches its "Asian/non-Asian spacing" paragraph
 * setting), but only where both neighbours are letters or digits: never next to a punctuation mark
 * such as ， or % (sw/source/core/text/itrform2.cxx, "we do not want a kerning portion if any end
 * would be a punctuation character"). A line with digits can so take one more line there: the
 * known difference the documents tests name.
 */
export const LIBREOFFICE_AUTOSPACE_EM = 0.2;

/** Latin words and numbers do not break: runs of these make one token; any other character is its own. */
const isWordChar = (code: number) =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x2d && code <= 0x3a) ||
  code === 0x25 ||
  code === 0x2b ||
  code === 0x40;
/** Latin for the autospace: a token that starts with a letter or digit. */
const isLatinStart = (code: number) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
const isLetterOrDigit = (code: number) => /[\p{L}\p{N}]/u.test(String.fromCodePoint(code));

/**
 * Lines of `text` set greedily in `box`. No punctuation hangs past the edge (w:overflowPunct is
 * set so LibreOffice does not hang: its hung marks vanish from the PDF), so a closing mark that
 * does not fit is carried down with the character before it, and an opening mark never ends a line.
 * One pass over the text, with no array per token: the bench's 200-item bulletin measures every
 * paragraph (bench/documents.ts).
 */
export function countLines(text: string, box: LineBox): number {
  return setLines(text, box);
}

/** Where the last line of `text` starts (a string index), as countLines sets it. */
export function lastLineStart(text: string, box: LineBox): number {
  let start = 0;
  setLines(text, box, (at) => (start = at));
  return start;
}

/** Sets `text` in `box` and counts its lines, telling `onBreak` where each line after the first starts. */
function setLines(text: string, box: LineBox, onBreak?: (start: number) => void): number {
  if (!text) return 1;
  const em = box.sizePt * 20;
  const spacing = box.spacingTw ?? 0;
  const autoSpace = (box.autoSpaceEm ?? 0) * em;
  let lines = 1;
  let room = box.widthTw - (box.firstLineTw ?? 0);
  let used = 0;
  // The previous token: where it starts and ends in `text`, its width and its edge characters.
  let prevStart = -1;
  let prevEnd = 0;
  let prevWidth = 0;
  let prevLatin = false;
  let prevLast = 0;
  for (let i = 0; i < text.length;) {
    const first = text.codePointAt(i)!;
    let end = i + (first > 0xffff ? 2 : 1);
    let last = first;
    let width = codeWidthEm(first) * em + spacing;
    if (isWordChar(first)) {
      while (end < text.length && isWordChar(text.charCodeAt(end))) {
        last = text.charCodeAt(end);
        width += ASCII_EM[last] * em + spacing;
        end += 1;
      }
    }
    const isLatin = isLatinStart(first);
    const gap =
      autoSpace && prevStart >= 0 && isLatin !== prevLatin && isLetterOrDigit(prevLast) && isLetterOrDigit(first)
        ? autoSpace
        : 0;
    if (used === 0 || used + gap + width <= room + 1) {
      used += (used ? gap : 0) + width;
    } else {
      lines += 1;
      room = box.widthTw;
      const carried =
        CLOSING.includes(text.slice(i, end)) || (prevStart >= 0 && OPENING.includes(text.slice(prevStart, prevEnd)));
      used = carried ? prevWidth + width : width;
      onBreak?.(carried ? prevStart : i);
    }
    prevStart = i;
    prevEnd = end;
    prevWidth = width;
    prevLatin = isLatin;
    prevLast = last;
    i = end;
  }
  return lines;
}
