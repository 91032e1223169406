/**
 * A free-text answer of a scanned return, kept as the image of its area: the app never reads
 * handwriting as text, the office reads it from the return (issue 19 item 1). One row per written
 * area, stored with the return in the transaction that saves it, gone with it.
 */
export interface ReturnTextImage {
  id: string;
  returnId: string;
  questionnaireId: string;
  copyNumber: number;
  /** The free-text question the area belongs to. */
  itemId: string;
  /** Where it was scanned: the batch (when it was started), the copy's page, and the file and page in it. */
  batchStartedAt: string;
  pageNo: number;
  fileName: string;
  fileIndex: number;
  /** The straightened area as a PNG (named `blob`: backups carry it as a file beside the table). */
  blob: Blob;
  isSample: 0;
}

/** A crop as the scan hands it over, before it belongs to a saved return. */
export type TextImageInput = Pick<
  ReturnTextImage,
  'itemId' | 'batchStartedAt' | 'pageNo' | 'fileName' | 'fileIndex'
> & {
  png: Blob;
};
