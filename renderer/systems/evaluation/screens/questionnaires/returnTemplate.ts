import {
  FIXED_HEADERS,
  slotHeader,
  slotsOf,
  type QuestionnaireVersion,
} from '../../../../../shared/systems/evaluation';
import { getHost } from '../../../../core/host';
import { writeXlsx } from '../../../../core/sheets/writeXlsx';
import type { Names } from '../useNames';
import { slotLabel } from './slotLabel';

/** The template's headers for a version: 份号, 回收日期, 意见建议, then "12. label" per slot. */
export function templateHeaders(version: QuestionnaireVersion, names: Names): string[] {
  return [
    FIXED_HEADERS.copyNumber[0],
    FIXED_HEADERS.receivedOn[0],
    FIXED_HEADERS.opinion[0],
    ...slotsOf(version).map((s) => slotHeader(s, slotLabel(s, version, names))),
  ];
}

/** Writes the .xlsx template of a version for the office to fill, one row per returned copy. */
export async function saveReturnTemplate(title: string, version: QuestionnaireVersion, names: Names): Promise<void> {
  const bytes = await writeXlsx(`v${version.version}`, templateHeaders(version, names), []);
  await getHost().saveFile({
    suggestedName: `${title}（第${version.version}版）回收录入模板.xlsx`,
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    bytes,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}
