import { AppError } from '../../../../shared/core/errors';
import { type LocalDate, localDate } from '../../../../shared/core/common/localDate';
import type { SecrecyLevel } from '../../../../shared/core/common/secrecy';
import { unitNameAt } from '../../../../shared/systems/registry';
import { buildResultsCircular } from '../../../../shared/systems/supervision/documents/resultsCircular';
import {
  type PeriodReport,
  periodReport,
  unitYearSummaries,
  type UnitYearSummary,
} from '../../../../shared/systems/supervision/report';
import { getDb } from '../../../core/data/db';
import { documentsRepo } from '../../../core/data/documentsRepo';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { read } from '../../../core/data/write';

async function gather(from: LocalDate, to: LocalDate, today: LocalDate): Promise<PeriodReport> {
  const db = getDb();
  const [checks, items, findings] = await Promise.all([
    db.checks.where('startOn').belowOrEqual(to).toArray(),
    db.supervisionItems.where('dueKey').between(`${from}|`, `${to}|\uffff`, true, true).toArray(),
    db.findings.toArray(),
  ]);
  return periodReport({ from, to, today, checks, items, findings });
}

/** Unit names as of a date, for every unit a report mentions. */
async function namesAt(date: LocalDate): Promise<(id: string) => string> {
  const units = new Map((await getDb().units.toArray()).map((u) => [u.id, u]));
  return (id) => {
    const unit = units.get(id);
    return unit ? unitNameAt(unit, date) : id;
  };
}

/** Results: the 督查通报 for a period (S2-3.3) and each unit's year for the annual assessment (S2-5.3). */
export const supervisionReportsRepo = {
  period: (from: LocalDate, to: LocalDate, today: LocalDate): Promise<PeriodReport> =>
    read(() => gather(from, to, today)),

  /** Numbers and keeps the 督查通报 built from the period's checks and items. */
  async issueCircular(
    {
      from,
      to,
      periodText,
      prefix,
      secrecy,
      extra = '',
    }: { from: LocalDate; to: LocalDate; periodText: string; prefix: string; secrecy: SecrecyLevel; extra?: string },
    now = new Date(),
  ) {
    if (to < from) throw new AppError('validation', { field: 'endOn', rule: 'end-before-start' });
    if (!periodText.trim()) throw new AppError('validation', { field: 'periodText', rule: 'required' });
    const office = await settingsRepo.office();
    if (!office.documentPrefixes.includes(prefix))
      throw new AppError('validation', { field: 'documentPrefixes', rule: 'invalid_value' });
    const date = localDate(now);
    const report = await read(() => gather(from, to, date));
    const unitName = await read(() => namesAt(date));
    return documentsRepo.issue(
      {
        kind: 'circular',
        series: { prefix, style: 'docNumber' },
        sourceId: `supervision:${from}..${to}`,
        build: (n) =>
          buildResultsCircular(report, {
            office,
            number: n.number,
            date,
            secrecy,
            periodText: periodText.trim(),
            unitName,
            extra,
          }),
      },
      now,
    );
  },

  /** Each unit's year: items, completion, visits, ratings and explanations. */
  yearSummaries: (year: number, today: LocalDate): Promise<UnitYearSummary[]> =>
    read(async () => {
      const db = getDb();
      const [items, findings] = await Promise.all([
        db.supervisionItems.where('year').equals(year).toArray(),
        db.findings.toArray(),
      ]);
      return unitYearSummaries({ year, today, items, findings });
    }),
};
