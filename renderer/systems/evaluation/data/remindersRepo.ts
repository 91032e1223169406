import { newId } from '../../../../shared/core/common/ids';
import { localDate } from '../../../../shared/core/common/localDate';
import type { SecrecyLevel } from '../../../../shared/core/common/secrecy';
import { AppError } from '../../../../shared/core/errors';
import { unitNameAt } from '../../../../shared/systems/registry';
import {
  buildReminderNotice,
  CONTENT_ITEM_TEXT,
  distribution,
  flagKeyOf,
  flagReasons,
  matrixOf,
  parentItemOf,
  rectificationDeadline,
  rectificationMatter,
  refuse,
  satisfiedRateTenths,
  scoreTenths,
  sumTallies,
  type ContentId,
  type Granularity,
  type PeriodKey,
  type Reminder,
} from '../../../../shared/systems/evaluation';
import { documentsRepo } from '../../../core/data/documentsRepo';
import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { read, writeWithAudit } from '../../../core/data/write';
import { supervisionService } from '../../supervision';
import { evaluationSettingsRepo } from './evaluationSettingsRepo';
import { resultsRepo } from './resultsRepo';
import { evaluationTables } from './schema';

export interface ReminderRequest {
  unitId: string;
  /** A seed item or sub-item, or null: the unit over all content. */
  contentId: ContentId | null;
  period: PeriodKey;
  /** One of the office's 发文字号 prefixes. */
  prefix: string;
  secrecy: SecrecyLevel;
  /** What the talents said, chosen by the office from the sources (at most five). */
  opinions: string[];
}

function granularityOf(period: PeriodKey): Granularity {
  return period.length === 4 ? 'year' : period.includes('Q') ? 'quarter' : 'month';
}

/** 通报提醒 and 限期整改 (S4-5.3). */
export const remindersRepo = {
  /**
   * Issues the numbered 通报提醒 to a flagged unit and opens its rectification as a supervision
   * item due in so many working days, all in one transaction: the reminder, the document, the item
   * and the Dashboard's counts land together or not at all. Refused for a unit the thresholds do not
   * flag in that period, and a second time for the same flag.
   */
  async issue(req: ReminderRequest, now = new Date()): Promise<Reminder> {
    const office = await settingsRepo.office();
    if (!office.documentPrefixes.includes(req.prefix))
      throw new AppError('validation', { field: 'documentPrefixes', rule: 'invalid_value' });
    const [thresholds, calendar, subItems, scales] = await Promise.all([
      evaluationSettingsRepo.thresholds(),
      evaluationSettingsRepo.calendar(),
      evaluationSettingsRepo.subItems(),
      evaluationSettingsRepo.scales(),
    ]);
    const session = requireSession();
    const t = evaluationTables();
    const db = getDb();
    const tables = [
      t.reminders,
      t.tallies,
      db.units,
      db.docSequences,
      db.documents,
      ...supervisionService.writeTables(),
    ];
    return writeWithAudit(tables, async (audit) => {
      const unit = await db.units.get(req.unitId);
      if (!unit) throw new AppError('not-found', { id: req.unitId });
      const level = req.contentId === null || !req.contentId.includes('/') ? 'item' : 'leaf';
      const matrix = matrixOf(await resultsRepo.yearRows(Number(req.period.slice(0, 4))), {
        granularity: granularityOf(req.period),
        level,
      });
      const tally = sumTallies(matrix, {
        unitId: req.unitId,
        period: req.period,
        ...(req.contentId ? { contentId: req.contentId } : {}),
      });
      const reasons = flagReasons(tally, thresholds);
      if (reasons.length === 0) throw refuse('reminderNotFlagged');
      const flagKey = flagKeyOf(req.unitId, req.period, req.contentId);
      if (await t.reminders.where('flagKey').equals(flagKey).count()) throw refuse('reminderExists');
      const issuedOn = localDate(now);
      const { dueOn, assumedYears } = rectificationDeadline(calendar, issuedOn, thresholds.rectificationWorkingDays);
      const contentName = req.contentId
        ? (subItems.find((s) => s.id === req.contentId)?.name ?? CONTENT_ITEM_TEXT[parentItemOf(req.contentId)])
        : null;
      const id = newId();
      const figures = {
        period: req.period,
        reasons,
        n: tally.n,
        scoreTenths: scoreTenths(tally),
        satisfiedRateTenths: satisfiedRateTenths(tally),
        dissatisfied: tally.dissatisfied,
        dueOn,
        workingDays: thresholds.rectificationWorkingDays,
        secrecy: req.secrecy,
      };
      const issued = await documentsRepo.issue(
        {
          kind: 'circular',
          series: { prefix: req.prefix, style: 'docNumber' },
          sourceId: `reminders:${id}`,
          build: (n) =>
            buildReminderNotice(figures, {
              office,
              number: n.number,
              date: issuedOn,
              recipient: unit.partyOrgName || unitNameAt(unit, issuedOn),
              contentName,
              distribution: scales
                .filter((s) => Object.keys(tally.grades).some((k) => k.startsWith(`${s.id}:`)))
                .flatMap((s) => s.grades.map((g, i) => ({ label: g.label, count: distribution(tally, s)[i] }))),
              opinions: req.opinions
                .map((o) => o.trim())
                .filter(Boolean)
                .slice(0, 5),
              thresholds,
            }),
        },
        now,
      );
      const { matter, requirement } = rectificationMatter(figures, contentName);
      const [item] = await supervisionService.raiseItemsInTransaction(
        [
          {
            taskId: id,
            source: 'evaluation',
            category: 'other',
            matter,
            requirement,
            unitId: req.unitId,
            dueOn,
            replyBy: dueOn,
            secrecy: req.secrecy,
          },
        ],
        audit,
        now,
      );
      const reminder: Reminder = {
        id,
        unitId: req.unitId,
        contentId: req.contentId,
        ...figures,
        issuedOn,
        assumedYears,
        documentId: issued.id,
        number: issued.number,
        itemId: item.id,
        flagKey,
        createdBy: session.displayName,
        isSample: 0,
      };
      await t.reminders.add(reminder);
      await audit('reminders', id, 'issue', null, reminder);
      return reminder;
    });
  },

  get: (id: string) => read(() => evaluationTables().reminders.get(id)),
  /** The reminder a supervision item tracks (the way back from System 2). */
  byItem: (itemId: string) => read(() => evaluationTables().reminders.where('itemId').equals(itemId).first()),
  /** Reminders issued, newest first. */
  list: () => read(() => evaluationTables().reminders.orderBy('issuedOn').reverse().toArray()),
  /** Reminders of one period's flags (to show which flags were already acted on). */
  ofPeriod: (period: PeriodKey) =>
    read(async () => (await evaluationTables().reminders.toArray()).filter((r) => r.period === period)),
};
