import type { TFunction } from 'i18next';
import { highestSecrecy } from '../../../../shared/core/common/secrecy';
import type { SaveFileResult } from '../../../../shared/core/bridge/schemas';
import { outputRegisterRepo, type OutputEntry, type OutputFilter } from '../../data/outputRegisterRepo';
import { writeXlsx } from '../../sheets/writeXlsx';
import { saveRecordedXlsx } from '../output/saveRecordedXlsx';
import { localDateTime } from '../../ui/localDateTime';

/** The cells of one register line, as the screen shows them. */
export function registerCells(t: TFunction, e: OutputEntry): string[] {
  return [
    localDateTime(e.at),
    e.actorName,
    t(`documents.printRegister.actions.${e.action}`),
    t(`documents.printRegister.kinds.${e.kind}` as 'documents.printRegister.kinds.attachment', {
      defaultValue: t(`documents.kinds.${e.kind}` as 'documents.kinds.notice', { defaultValue: e.kind }),
    }),
    e.title,
    e.number ?? '',
    e.secrecy ? t(`documents.secrecy.${e.secrecy}`) : t('documents.printRegister.noSecrecy'),
    t(`documents.printRegister.formats.${e.format}`),
    // Copies are a print's; a file saved has none.
    e.action !== 'print' ? '' : e.copies === null ? t('documents.printRegister.copiesUnknown') : String(e.copies),
    e.target ?? '',
  ];
}

export const registerHeaders = (t: TFunction): string[] =>
  ['at', 'who', 'action', 'kind', 'title', 'number', 'secrecy', 'format', 'copies', 'target'].map((c) =>
    t(`documents.printRegister.columns.${c}` as 'documents.printRegister.columns.at'),
  );

/**
 * The register as the office keeps it on paper: an .xlsx of every line the filter shows. Its own export is registered
 * too.
 */
export async function exportPrintRegister(t: TFunction, filter: OutputFilter): Promise<SaveFileResult> {
  const entries = await outputRegisterRepo.listAll(filter);
  const title = t('documents.printRegister.title');
  const bytes = await writeXlsx(
    title,
    registerHeaders(t),
    entries.map((e) => registerCells(t, e)),
  );
  const levels = entries.flatMap((e) => (e.secrecy ? [e.secrecy] : []));
  const secrecy = levels.length ? highestSecrecy(levels) : null;
  return saveRecordedXlsx(
    { kind: 'printRegister', sourceEntity: 'output', sourceId: '*', title, secrecy },
    bytes,
    entries.length,
  );
}
