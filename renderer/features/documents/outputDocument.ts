import type { OfficialDocument } from '../../../shared/documents/model';
import type { FontPlan } from '../../../shared/documents/fonts';
import type { PrintResult, SaveFileResult } from '../../../shared/bridge/schemas';
import { renderDocx } from '../../../shared/documents/render/docx/renderDocx';
import { renderHtml } from '../../../shared/documents/render/html/renderHtml';
import { getHost } from '../../host';

/** File name for an issued document: number and title, without characters a file system refuses. */
export function documentFileName(doc: OfficialDocument, extension: 'docx' | 'pdf'): string {
  // eslint-disable-next-line no-control-regex -- control characters are what a file name must not hold
  const base = [doc.number, doc.title].filter(Boolean).join(' ').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 150);
  return `${base || 'document'}.${extension}`;
}

export async function printDocument(doc: OfficialDocument, fonts: FontPlan): Promise<PrintResult> {
  return getHost().print({ html: renderHtml(doc, fonts), title: doc.title, mode: 'dialog' });
}

export async function exportPdf(doc: OfficialDocument, fonts: FontPlan): Promise<SaveFileResult> {
  return getHost().printToPdf({ html: renderHtml(doc, fonts), suggestedName: documentFileName(doc, 'pdf') });
}

export async function exportDocx(doc: OfficialDocument, fonts: FontPlan): Promise<SaveFileResult> {
  const bytes = await renderDocx(doc, fonts);
  return getHost().saveFile({
    suggestedName: documentFileName(doc, 'docx'),
    filters: [{ name: 'Word', extensions: ['docx'] }],
    bytes: new Uint8Array(bytes),
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}
