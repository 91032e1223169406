import type { PaperFormLayout } from '../../../../shared/systems/evaluation/paperForm/layoutModel';
import {
  copyKey,
  reviewedAnswers,
  type CopyReview,
  type ReturnAnswer,
} from '../../../../shared/systems/evaluation/paperForm/review';
import type { ScannedCopy } from '../../../../shared/systems/evaluation/paperForm/scanReturns';
import type { TextImageInput } from '../../../../shared/systems/evaluation/returnTextImages';
import type { ScannedPage } from './scanTypes';

/** A return read from paper and reviewed: the same record as one keyed in (version, 份号, anonymous). */
export interface PaperReturn {
  questionnaireId: string;
  /** The version the copy was printed from: a return keeps the version it answered. */
  version: number;
  copyNumber: number;
  answers: ReturnAnswer[];
  /** Free-text answers as images of their areas (never read as text), with the page each is on. */
  textImages: TextImageInput[];
  /** Paper returns are anonymous: no person, no time finer than the date they were entered. */
  isAnonymous: true;
}

export type SaveOutcome = { status: 'saved' } | { status: 'refused'; reason: 'copy-already-entered' };

/**
 * What the scan side needs of System 4 (issue 14), which implements it in its data layer: the
 * printed layouts to read against, and saving a return in one transaction that refuses a 份号
 * already entered for the questionnaire (keyed in or scanned before).
 */
export interface ScanReturnsPort {
  printedLayouts(): Promise<PaperFormLayout[]>;
  saveReturn(paperReturn: PaperReturn): Promise<SaveOutcome>;
}

export interface SaveReport {
  saved: string[];
  refused: string[];
  notReviewed: string[];
  /** Copies System 4 would not take for another reason (e.g. a 份号 never printed): with its error. */
  failed: { key: string; error: unknown }[];
}

/** A copy's free-text crops in page order, each with the page and file it was read from. */
export function textImagesOf(
  copy: Pick<ScannedCopy<number>, 'pages'>,
  stack: { pages: readonly ScannedPage[]; startedAt: string },
): TextImageInput[] {
  return Object.entries(copy.pages)
    .sort(([a], [b]) => Number(a) - Number(b))
    .flatMap(([pageNo, ref]) => {
      const page = stack.pages[ref];
      if (!page) return [];
      const { fileName, index } = page.source;
      return page.crops.map((c) => ({
        itemId: c.itemId,
        png: c.png,
        batchStartedAt: stack.startedAt,
        pageNo: Number(pageNo),
        fileName,
        fileIndex: index,
      }));
    });
}

/**
 * Saves every reviewed copy not saved yet, one return each, and says what became of each. A copy
 * with an open problem is left for the review; a refused one (份号 taken) is reported, not retried;
 * a copy that fails does not stop the others. `onOutcome` runs after each copy (the draft keeps it).
 */
export async function saveReviewedCopies(
  port: ScanReturnsPort,
  copies: readonly ScannedCopy<number>[],
  reviews: Record<string, CopyReview>,
  stack: { pages: readonly ScannedPage[]; startedAt: string },
  layoutFor: (id: string, version: number) => PaperFormLayout | undefined,
  alreadySaved: readonly string[],
  onOutcome?: (key: string, status: 'saved' | 'refused') => Promise<void>,
): Promise<SaveReport> {
  const out: SaveReport = { saved: [], refused: [], notReviewed: [], failed: [] };
  for (const copy of copies) {
    const key = copyKey(copy);
    if (alreadySaved.includes(key)) continue;
    const layout = layoutFor(copy.questionnaireId, copy.version);
    const answers = layout && reviewedAnswers(copy, reviews[key] ?? { answers: {}, acceptedMissingPages: [] }, layout);
    if (!answers) {
      out.notReviewed.push(key);
      continue;
    }
    const textImages = textImagesOf(copy, stack);
    let status: SaveOutcome['status'];
    try {
      const outcome = await port.saveReturn({
        questionnaireId: copy.questionnaireId,
        version: copy.version,
        copyNumber: copy.copyNumber,
        answers,
        textImages,
        isAnonymous: true,
      });
      status = outcome.status;
    } catch (error) {
      out.failed.push({ key, error });
      continue;
    }
    (status === 'saved' ? out.saved : out.refused).push(key);
    await onOutcome?.(key, status);
  }
  return out;
}
