import type { TFunction } from 'i18next';
import { formatTenths } from '../../../../../shared/systems/incentives/points';
import type { UnitYearReport } from '../../../../../shared/systems/incentives/report';
import { RULE_IDS } from '../../../../../shared/systems/incentives/rules';
import { saveRecordedXlsx } from '../../../../core/documents/output/saveRecordedXlsx';
import { lineLabel } from '../common/lineLabel';

/**
 * The year's points to .xlsx: per unit and rule claimed / accepted / points / capped / revoked,
 * and every revoked award on its own row, struck through, with its reason beside it.
 */
export async function exportReport(
  t: TFunction,
  year: number,
  rows: readonly UnitYearReport[],
  unitName: (id: string) => string,
) {
  // exceljs is large: loaded only when a sheet is written.
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t('incentives.report.sheet'));
  const c = (k: 'claimed' | 'accepted' | 'points' | 'capped' | 'revoked') => t(`incentives.report.columns.${k}`);
  sheet.addRow([
    t('incentives.report.unit'),
    ...RULE_IDS.flatMap((id) =>
      [c('claimed'), c('accepted'), c('points'), c('capped'), c('revoked')].map(
        (h) => `${t(`incentives.ruleShort.${id}`)} ${h}`,
      ),
    ),
    t('incentives.report.total'),
  ]).font = { bold: true };
  for (const r of rows) {
    sheet.addRow([
      unitName(r.unitId),
      ...r.rules.flatMap((x) => [
        x.claimedCount,
        x.acceptedCount,
        Number(formatTenths(x.tenths)),
        Number(formatTenths(x.cappedTenths)),
        Number(formatTenths(x.revokedTenths)),
      ]),
      Number(formatTenths(r.total)),
    ]);
  }
  const revoked = workbook.addWorksheet(t('incentives.report.revokedSheet'));
  revoked.addRow([
    t('incentives.report.unit'),
    t('incentives.report.columns.lines'),
    c('revoked'),
    t('incentives.report.columns.reason'),
  ]).font = { bold: true };
  for (const r of rows)
    for (const v of r.revoked) {
      const row = revoked.addRow([
        unitName(r.unitId),
        v.lines.map((l) => lineLabel(t, l)).join('；'),
        Number(formatTenths(v.tenths)),
        t('incentives.report.revokedReason', {
          reason: v.reason,
          by: v.decidedBy,
          on: v.decidedOn,
          slip: v.slipNumber,
        }),
      ]);
      // The revoked award is struck through; its reason, beside it, is not.
      for (const cell of [1, 2, 3]) row.getCell(cell).font = { strike: true };
    }
  for (const ws of [sheet, revoked]) ws.columns.forEach((col) => (col.width = 16));
  const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const title = t('incentives.report.fileName', { year });
  // Points per unit from the ledger, no 密级 of their own; registered like every export of a record.
  return saveRecordedXlsx(
    { kind: 'pointsSheet', sourceEntity: 'bonusLedger', sourceId: String(year), title, secrecy: null },
    bytes,
    rows.length,
  );
}
