import type { OfficialDocument } from '../../model';
import { MIN_PITCH, noteText, type SignatureFit } from '../signatureFit';
import { bodyLines } from './body';
import type { Flow } from './flow';
import { LINE, LINES_PER_PAGE } from './units';

/**
 * The lines that stay together at the end of the 主体 (§7.3.5, §7.3.6): the 署名, the 成文日期 and
 * the 附注 on the line under the date, as many lines as its text takes. Print sets the same room
 * (html/closing.ts), so the two paths keep the same lines together.
 */
export function closingLines(doc: OfficialDocument): number {
  if (!doc.signature) return 0;
  return 2 + (doc.note ? bodyLines(noteText(doc.note)) : 0);
}

/**
 * Blank lines between the 正文 and the 署名 (sealed 2, unsealed 1, §7.3.5), shrunk to what the page
 * has left above the closing (`left` lines); none where the 正文 closes up (`fit`). Word sets them
 * (docx/closing.ts) and print takes the same number (planFit.ts), so neither runs past the page.
 */
export function closingBlanks(doc: OfficialDocument, left: number, fit?: SignatureFit): number {
  const wanted = doc.signature?.isSealed ? 2 : 1;
  if (fit) return 0;
  const need = closingLines(doc);
  return left >= need ? Math.min(wanted, left - need) : wanted;
}

/**
 * Whether the 正文's last lines must close up for the closing (署名, date and 附注, closingLines)
 * to fit (SignatureFit), from the page estimate of everything before them (`before`: 版头 to
 * 附件说明, tagged by block): only when fewer lines are left than the closing takes, and only the
 * blocks that start on that page, no table among them, and not closer than MIN_PITCH. Otherwise
 * the closing goes on whole with the last line.
 */
export function fitBefore(before: Flow, doc: OfficialDocument): SignatureFit | undefined {
  if (!doc.signature) return undefined;
  const need = closingLines(doc);
  const left = before.linesLeftOnPage();
  if (left >= need) return undefined;
  const pageStart = Math.floor(before.lines / LINES_PER_PAGE - 1e-6) * LINES_PER_PAGE;
  const starts: [number, number | undefined][] = [
    [-1, before.startOf('recipients')],
    ...doc.body.map((_, i): [number, number | undefined] => [i, before.startOf(`body:${i}`)]),
    [doc.body.length, before.startOf('attachments')],
  ];
  const first = starts.find(([, start]) => start !== undefined && start >= pageStart - 1e-6);
  if (!first) return undefined;
  const [fromBlock, start] = first as [number, number];
  if (doc.body.slice(Math.max(0, fromBlock)).some((block) => block.type === 'table')) return undefined;
  const lines = before.lines - start;
  const pitchFor = (room: number) => Math.floor((LINE * room) / (lines + need)) / LINE;
  // A line to spare where the pitch allows: the estimate counts Times digits (0.5 em), and a line
  // full of them runs a line longer in print (the CJK face's digits) and in LibreOffice (its
  // autospace), which would send the closing on alone. The page then ends a line short.
  const pitch = pitchFor(lines + left - 1) >= MIN_PITCH ? pitchFor(lines + left - 1) : pitchFor(lines + left);
  return pitch >= MIN_PITCH && pitch < 1 ? { fromBlock, pitch } : undefined;
}
