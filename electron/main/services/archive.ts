import type { SaveFileResult } from '../../../shared/core/bridge/schemas';
import type { SaveArchiveInput } from '../../../shared/core/bridge/archiveSchemas';
import { archiveZip } from '../../../shared/core/bridge/archiveZip';
import { saveFile, type SaveFileDeps } from './files';
import { renderPdf, type PrintingDeps } from './printing';

/**
 * 立卷归档 bundle: every document is printed to PDF here (the 版记 rule applied, as for any PDF),
 * then the files, the PDFs and the index go into ONE zip, written atomically where the user
 * chooses. Rendering happens before the dialog, so a failure is reported before anything is asked.
 */
export async function saveArchive(deps: PrintingDeps & SaveFileDeps, req: SaveArchiveInput): Promise<SaveFileResult> {
  const entries: { path: string; bytes: Uint8Array }[] = [...req.files];
  for (const pdf of req.pdfs) entries.push({ path: pdf.path, bytes: await renderPdf(deps, pdf, pdf.path) });
  const bytes = archiveZip(entries);
  return saveFile(deps, {
    suggestedName: req.suggestedName,
    filters: [{ name: 'ZIP', extensions: ['zip'] }],
    bytes,
    mimeType: 'application/zip',
  });
}
