import { zipSync, type Zippable } from 'fflate';
import type { SaveFileResult } from '../../../shared/core/bridge/schemas';
import type { SaveArchiveInput } from '../../../shared/core/bridge/archiveSchemas';
import { saveFile, type SaveFileDeps } from './files';
import { renderPdf, type PrintingDeps } from './printing';

/** Already-compressed formats are stored, not deflated again (faster, no gain lost). */
const STORED = /\.(zip|docx|xlsx|pptx|jpe?g|png|gif|webp|pdf|mp4|mov|rar|7z|gz)$/i;

/**
 * 立卷归档 bundle: every document is printed to PDF here (the 版记 rule applied, as for any PDF),
 * then the files, the PDFs and the index go into ONE zip, written atomically where the user
 * chooses. Rendering happens before the dialog, so a failure is reported before anything is asked.
 */
export async function saveArchive(deps: PrintingDeps & SaveFileDeps, req: SaveArchiveInput): Promise<SaveFileResult> {
  const entries: Zippable = {};
  for (const file of req.files) entries[file.path] = [file.bytes, { level: STORED.test(file.path) ? 0 : 6 }];
  for (const pdf of req.pdfs) entries[pdf.path] = [await renderPdf(deps, pdf, pdf.path), { level: 0 }];
  const bytes = zipSync(entries);
  return saveFile(deps, {
    suggestedName: req.suggestedName,
    filters: [{ name: 'ZIP', extensions: ['zip'] }],
    bytes,
    mimeType: 'application/zip',
  });
}
