import type { OfficialDocument } from '../../model';
import { MIN_PITCH, type SignatureFit } from '../signatureFit';
import type { Flow } from './flow';
import { LINE, LINES_PER_PAGE } from './units';

/**
 * Whether the 正文's last lines must close up for the 署名 and date to fit (SignatureFit), from
 * the page estimate of everything before them (`before`: 版头 to 附件说明, tagged by block): only
 * when fewer than two lines are left, and only the blocks that start on that page, no table
 * among them, and not closer than MIN_PITCH. Otherwise the 署名 goes on with the last line.
 */
export function fitBefore(before: Flow, doc: OfficialDocument): SignatureFit | undefined {
  if (!doc.signature) return undefined;
  const left = before.linesLeftOnPage();
  if (left >= 2) return undefined;
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
  const pitch = Math.floor((LINE * (lines + left)) / (lines + 2)) / LINE;
  return pitch >= MIN_PITCH && pitch < 1 ? { fromBlock, pitch } : undefined;
}
