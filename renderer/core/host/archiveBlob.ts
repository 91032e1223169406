import type { SaveArchiveInput } from '../../../shared/core/bridge/archiveSchemas';
import { entryOfBytes, streamArchiveZip, type ArchiveEntrySource } from '../../../shared/core/bridge/archiveZip';
import { PIECE_BYTES } from '../../../shared/core/bridge/limits';

/** One document of the bundle as the host can give it: a PDF (the desktop app) or its print HTML (a browser). */
export type ArchiveDocument = (pdf: SaveArchiveInput['pdfs'][number]) => Promise<{ path: string; bytes: Uint8Array }>;

/**
 * The 立卷归档 zip as a Blob, built a chunk at a time: every piece made joins the Blob built so far
 * once a piece's worth has gathered (a browser keeps a Blob's bytes outside the page's heap, on disk
 * when they are many), so the page never holds a second whole copy of the bundle. The documents
 * are made first, then the files and the documents go in, in that order (as before).
 */
export async function archiveBlob(req: SaveArchiveInput, document: ArchiveDocument): Promise<Blob> {
  const documents: ArchiveEntrySource[] = [];
  for (const pdf of req.pdfs) {
    const made = await document(pdf);
    documents.push(entryOfBytes(made.path, made.bytes));
  }
  const files = req.files.map((f) => entryOfBytes(f.path, f.bytes));
  let blob = new Blob([]);
  let gathered: Uint8Array<ArrayBuffer>[] = [];
  let gatheredBytes = 0;
  const join = () => {
    blob = new Blob([blob, ...gathered], { type: 'application/zip' });
    gathered = [];
    gatheredBytes = 0;
  };
  await streamArchiveZip([...files, ...documents], (chunk) => {
    gathered.push(chunk as Uint8Array<ArrayBuffer>);
    gatheredBytes += chunk.byteLength;
    if (gatheredBytes >= PIECE_BYTES) join();
  });
  join();
  return blob;
}
