import type { SecrecyLevel } from '../../../../shared/core/common/secrecy';
import { localDate } from '../../../../shared/core/common/localDate';
import { AppError } from '../../../../shared/core/errors';
import { unitNameAt } from '../../../../shared/systems/registry';
import {
  buildSatisfactionCircular,
  FIVE_GRADE_SCALE,
  flagProblems,
  isCounted,
  periodRange,
  satisfactionReport,
  scaleFormulaText,
  type Channel,
  type Granularity,
  type PeriodKey,
  type SatisfactionReport,
} from '../../../../shared/systems/evaluation';
import type { IssuedDocument } from '../../../../shared/core/documents/register';
import { documentsRepo } from '../../../core/data/documentsRepo';
import { getDb } from '../../../core/data/db';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { read } from '../../../core/data/write';
import { evaluationSettingsRepo } from './evaluationSettingsRepo';
import { resultsRepo } from './resultsRepo';
import { evaluationTables } from './schema';

function granularityOf(period: PeriodKey): Granularity {
  return period.length === 4 ? 'year' : period.includes('Q') ? 'quarter' : 'month';
}

/** 满意度评价情况通报 (S4-5.2): one period's report, and the circular issued from it. */
export const reportsRepo = {
  /** How much each channel brought in during a period (returns: those counted). */
  channelCounts: (period: PeriodKey): Promise<Partial<Record<Channel, number>>> =>
    read(async () => {
      const { from, to } = periodRange(period);
      const t = evaluationTables();
      const counts: Partial<Record<Channel, number>> = {};
      await t.records
        .where('on')
        .between(from, to, true, true)
        .each((r) => void (counts[r.channel] = (counts[r.channel] ?? 0) + 1));
      // A scan, on demand only: a circular is issued a few times a year.
      const returns = await t.returns
        .filter((r) => r.receivedOn >= from && r.receivedOn <= to && isCounted(r.status))
        .count();
      if (returns) counts.questionnaire = returns;
      return counts;
    }),

  async report(period: PeriodKey): Promise<SatisfactionReport> {
    const matrix = await resultsRepo.matrix(Number(period.slice(0, 4)), {
      granularity: granularityOf(period),
      level: 'item',
    });
    const thresholds = await evaluationSettingsRepo.thresholds();
    const reminders = await read(() => evaluationTables().reminders.toArray());
    return satisfactionReport(matrix, period, {
      channels: await reportsRepo.channelCounts(period),
      flags: flagProblems(matrix, period, thresholds),
      reminders: reminders.filter((r) => r.period === period),
    });
  },

  /** Numbers the circular in one of the office's series and keeps it in the register. */
  async issueCircular(
    v: { period: PeriodKey; prefix: string; secrecy: SecrecyLevel; extra?: string },
    now = new Date(),
  ): Promise<IssuedDocument> {
    const office = await settingsRepo.office();
    if (!office.documentPrefixes.includes(v.prefix))
      throw new AppError('validation', { field: 'documentPrefixes', rule: 'invalid_value' });
    const report = await reportsRepo.report(v.period);
    const date = localDate(now);
    const units = new Map((await read(() => getDb().units.toArray())).map((u) => [u.id, u]));
    const unitName = (id: string) => {
      const u = units.get(id);
      const town = u?.parentId ? units.get(u.parentId) : undefined;
      return u ? `${town ? unitNameAt(town, date) : ''}${unitNameAt(u, date)}` : id;
    };
    return documentsRepo.issue(
      {
        kind: 'circular',
        series: { prefix: v.prefix, style: 'docNumber' },
        sourceId: `evaluation:${v.period}`,
        build: (n) =>
          buildSatisfactionCircular(report, {
            office,
            number: n.number,
            date,
            secrecy: v.secrecy,
            unitName,
            formulaText: scaleFormulaText(FIVE_GRADE_SCALE),
            extra: v.extra,
          }),
      },
      now,
    );
  },
};
