import { numberHeadings } from '../../format';
import type { Block, TableColumn } from '../../model';
import { escapeHtml } from './escape';
import { mm } from './geometry';
import { isTight, type SignatureFit } from '../signatureFit';

/**
 * 正文 blocks. Headings are numbered in order (一、 （一） 1. （1）) and set like body text, 3号 and
 * not bold, in 黑体 / 楷体 / 仿宋 / 仿宋 by level (§7.3.3); every paragraph is 左空二字.
 */
export function bodyHtml(blocks: readonly Block[], fit?: SignatureFit): string {
  const labels = numberHeadings(blocks);
  return blocks.map((block, i) => blockHtml(block, labels.get(block) ?? '', tightStyle(fit, i))).join('');
}

/** The closer line pitch of a block SignatureFit sets closer (the same lines as in Word). */
export function tightStyle(fit: SignatureFit | undefined, index: number): string {
  return isTight(fit, index) ? ` style="line-height:${pitchCss(fit!.pitch)}"` : '';
}

/** A body line times `pitch`, as a CSS length. */
export function pitchCss(pitch: number): string {
  return `calc(225mm * ${pitch} / 22)`;
}

function blockHtml(block: Block, label: string, style: string): string {
  switch (block.type) {
    case 'heading':
      return `<p class="h${block.level}"${style}>${escapeHtml(label + block.text)}</p>`;
    case 'paragraph':
      return `<p${style}>${escapeHtml(block.text)}</p>`;
    case 'list':
      return block.items.map((item) => `<p${style}>${escapeHtml(item)}</p>`).join('');
    case 'table':
      return tableHtml(block.columns, block.rows, block.isDense);
  }
}

/**
 * Columns keep their explicit widths (the model's contract: they add up to ≤ 156 mm), given as
 * shares of the table so its borders fit inside it: a table even 0.25 mm wider than the 版心
 * makes Chromium shrink the whole printout to fit, and the 22-line grid drifts page by page.
 */
function tableHtml(columns: readonly TableColumn[], rows: readonly string[][], isDense = false): string {
  const width = Math.min(
    156,
    columns.reduce((sum, c) => sum + c.widthMm, 0),
  );
  const total = columns.reduce((sum, c) => sum + c.widthMm, 0) || 1;
  const cols = columns.map((c) => `<col style="width:${Number(((c.widthMm / total) * 100).toFixed(4))}%">`).join('');
  const head = `<tr>${columns.map((c) => `<th>${escapeHtml(c.title)}</th>`).join('')}</tr>`;
  const cell = (text: string, i: number) =>
    `<td${columns[i].align === 'left' ? ' class="left"' : ''}>${escapeHtml(text)}</td>`;
  const body = rows.map((row) => `<tr>${columns.map((_, i) => cell(row[i] ?? '', i)).join('')}</tr>`).join('');
  return (
    `<table class="grid${isDense ? ' dense' : ''}" style="width:${mm(width)}"><colgroup>` +
    `${cols}</colgroup><thead>${head}</thead><tbody>${body}</tbody></table>`
  );
}
