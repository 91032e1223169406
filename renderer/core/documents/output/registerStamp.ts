import type { OfficialDocument } from '../../../../shared/core/documents/model';
import { documentsRepo } from '../../data/documentsRepo';

/**
 * A document of the register goes out as the register has it now: once voided, every reprint and
 * export carries the 作废 mark and its reason (above the 版心 of every page, page 1 included).
 * `source` is the register id (a string), or the record behind an unnumbered document.
 */
export async function stampFromRegister(
  doc: OfficialDocument,
  source: string | { entity: string; id: string },
): Promise<OfficialDocument> {
  if (typeof source !== 'string') return doc;
  const issued = await documentsRepo.get(source);
  if (issued?.status !== 'voided') return doc;
  return { ...doc, stamp: { kind: 'void', reason: issued.voidReason } };
}
