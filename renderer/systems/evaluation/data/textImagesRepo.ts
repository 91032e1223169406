import type { QuestionnaireReturn, ReturnTextImage, TextImageInput } from '../../../../shared/systems/evaluation';
import { read, type AuditWriter } from '../../../core/data/write';
import { evaluationTables } from './schema';

/**
 * Adds a scanned return's free-text areas as images, inside the transaction that saves the return
 * (the caller's, which holds the table): both land or neither. One audit entry names what was kept
 * — question, page and file of each image, never its pixels.
 */
export async function addTextImagesInTransaction(
  ret: Pick<QuestionnaireReturn, 'id' | 'questionnaireId' | 'copyNumber'>,
  inputs: readonly TextImageInput[],
  audit: AuditWriter,
): Promise<void> {
  if (!inputs.length) return;
  // Ids under the return's, numbered: the index lists a return's images in the order they were read.
  const rows: ReturnTextImage[] = inputs.map(({ png, ...where }, i) => ({
    id: `${ret.id}.t${String(i + 1).padStart(2, '0')}`,
    returnId: ret.id,
    questionnaireId: ret.questionnaireId,
    copyNumber: ret.copyNumber,
    ...where,
    blob: png,
    isSample: 0,
  }));
  await evaluationTables().textImages.bulkAdd(rows);
  const kept = rows.map(({ blob, id, ...where }) => ({ id, ...where, bytes: blob.size }));
  await audit('returnTextImages', ret.id, 'create', null, kept, rows.length);
}

export const textImagesRepo = {
  /** A return's free-text images, in the order they were read (its pages', its questions' as printed). */
  forReturn: (returnId: string) =>
    read(() => evaluationTables().textImages.where('returnId').equals(returnId).toArray()),
};
