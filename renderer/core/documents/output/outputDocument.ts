import type { OfficialDocument } from '../../../../shared/core/documents/model';
import type { FontPlan } from '../../../../shared/core/documents/fonts';
import type { PrintResult, SaveFileResult } from '../../../../shared/core/bridge/schemas';
import { printHtml } from '../../../../shared/core/documents/render/html/printVariants';
import { getHost } from '../../host';
import type { PrintOptions } from './PrintOptionsModal';

export { printHtml };

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

export async function printDocument(
  doc: OfficialDocument,
  fonts: FontPlan,
  options: PrintOptions = { mode: 'dialog' },
): Promise<PrintResult> {
  const { onLetterhead, ...how } = options;
  return getHost().print({ ...printHtml(doc, fonts, { onLetterhead }), title: doc.title, ...how });
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
