import type { PaperFormLayout } from '../../../../shared/systems/evaluation/paperForm/layoutModel';
import type { PageReading } from '../../../../shared/systems/evaluation/paperForm/read/readPage';

/** Where a scanned page came from: the file the office opened and the page inside it. */
export interface PageSource {
  fileName: string;
  /** 0-based page of a PDF or multi-page TIFF; 0 for a single image. */
  index: number;
}

/** A straightened image of a free-text area. */
export interface TextCrop {
  itemId: string;
  png: Blob;
}

/** One page read: what it is, every box, and what a person may need to see of it. */
export interface ScannedPage {
  source: PageSource;
  reading: PageReading;
  /** The page as scanned (JPEG), for the review's view of a box or a whole page. */
  image: Blob;
  width: number;
  height: number;
  crops: TextCrop[];
  /** Straightened images of the questions a person must settle (doubtful box, too many ticks). */
  questions: { groupId: string; png: Blob }[];
}

/** An unreadable file (not an image or PDF we can open): named, so the office can rescan it. */
export interface FileFailure {
  fileName: string;
  code: 'scan-file-unreadable';
  /** What the library said, for whoever looks into it (shown small, untranslated). */
  detail?: string;
}

export type ToWorker =
  | { type: 'init'; layouts: PaperFormLayout[] }
  /** An image file (JPEG, PNG, TIFF with one or more pages). */
  | { type: 'file'; seq: number; fileName: string; blob: Blob }
  /** A PDF page the main thread rendered. */
  | { type: 'bitmap'; seq: number; source: PageSource; bitmap: ImageBitmap };

export type FromWorker =
  | { type: 'page'; seq: number; page: ScannedPage }
  | { type: 'done'; seq: number }
  | { type: 'failed'; seq: number; failure: FileFailure };
