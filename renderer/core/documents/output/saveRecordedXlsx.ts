import type { OutputRecord } from '../../../../shared/core/audit/output';
import { getHost } from '../../host';
import { recordedOutput } from './recordedOutput';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Saves a workbook the user exported (a list, a report, a log) and puts it in the print register:
 * what it came from, its title and 密级 (null when it holds no record's text), how many rows. The
 * file is named after the title unless `fileName` says otherwise; a cancelled dialog registers nothing.
 */
export function saveRecordedXlsx(
  record: Pick<OutputRecord, 'kind' | 'sourceEntity' | 'sourceId' | 'title' | 'secrecy'> & { fileName?: string },
  bytes: Uint8Array<ArrayBuffer>,
  rows: number,
) {
  const { fileName, ...described } = record;
  return recordedOutput(
    'export',
    { ...described, number: null, format: 'xlsx', copies: null },
    () =>
      getHost().saveFile({
        suggestedName: `${fileName ?? record.title}.xlsx`,
        filters: [{ name: 'Excel', extensions: ['xlsx'] }],
        bytes,
        mimeType: XLSX_MIME,
      }),
    rows,
  );
}
