import type { OfficialDocument } from '../../../../shared/core/documents/model';
import type { FontPlan } from '../../../../shared/core/documents/fonts';
import type { PrintResult, SaveFileResult } from '../../../../shared/core/bridge/schemas';
import type { z } from 'zod';
import type { colophonVariantsSchema } from '../../../../shared/core/bridge/schemas';

type ColophonVariants = z.infer<typeof colophonVariantsSchema>;
import { renderHtml } from '../../../../shared/core/documents/render/html/renderHtml';
import { getHost } from '../../host';
import type { PrintOptions } from './PrintOptionsModal';

/** File name for an issued document: number and title, without characters a file system refuses. */
export function documentFileName(doc: OfficialDocument, extension: 'docx' | 'pdf'): string {
  // 纪要 and 简报 carry their 期号 in their own part, not as a 发文字号.
  const base = [doc.number ?? doc.minutes?.issueLabel ?? doc.bulletin?.issueLabel, doc.title]
    .filter(Boolean)
    .join(' ')
    // eslint-disable-next-line no-control-regex -- control characters are what a file name must not hold
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .slice(0, 150);
  return `${base || 'document'}.${extension}`;
}

/**
 * The print HTML, and for a document with a 版记 or 报尾 the three placements of it, so a host
 * that can count pages (Electron) puts it on an even page (GB/T 9704 §7.5).
 */
export function printHtml(
  doc: OfficialDocument,
  fonts: FontPlan,
): { html: string; colophonVariants?: ColophonVariants } {
  const html = renderHtml(doc, fonts, { colophonBreak: 'same-page' });
  if (!doc.colophon && !doc.bulletin) return { html };
  return {
    html,
    colophonVariants: {
      samePage: html,
      nextPage: renderHtml(doc, fonts, { colophonBreak: 'next-page' }),
      blankThenNext: renderHtml(doc, fonts, { colophonBreak: 'blank-then-next' }),
    },
  };
}

export async function printDocument(
  doc: OfficialDocument,
  fonts: FontPlan,
  options: PrintOptions = { mode: 'dialog' },
): Promise<PrintResult> {
  return getHost().print({ ...printHtml(doc, fonts), title: doc.title, ...options });
}

export async function exportPdf(doc: OfficialDocument, fonts: FontPlan): Promise<SaveFileResult> {
  return getHost().printToPdf({ ...printHtml(doc, fonts), suggestedName: documentFileName(doc, 'pdf') });
}

export async function exportDocx(doc: OfficialDocument, fonts: FontPlan): Promise<SaveFileResult> {
  // The docx package is large: loaded when a document is first exported to Word.
  const { renderDocx } = await import('../../../../shared/core/documents/render/docx/renderDocx');
  const bytes = await renderDocx(doc, fonts);
  return getHost().saveFile({
    suggestedName: documentFileName(doc, 'docx'),
    filters: [{ name: 'Word', extensions: ['docx'] }],
    bytes: new Uint8Array(bytes),
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}
