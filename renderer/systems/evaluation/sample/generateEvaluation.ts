import { addDays, localDate } from '../../../../shared/core/common/localDate';
import { workingCalendar } from '../../../../shared/core/calendar';
import { documentNumber } from '../../../../shared/core/documents/format';
import type { IssuedDocument } from '../../../../shared/core/documents/register';
import { withIndexKeys, type SupervisionItem } from '../../../../shared/systems/supervision';
import {
  buildReminderNotice,
  DEFAULT_THRESHOLDS,
  distribution,
  FIVE_GRADE_SCALE,
  flagKeyOf,
  flagProblems,
  matrixOf,
  periodOf,
  ratedCellsOfRecord,
  ratedCellsOfReturn,
  recountRows,
  rectificationDeadline,
  rectificationMatter,
  satisfiedRateTenths,
  CONTENT_ITEM_TEXT,
  type ContentItem,
  type EvaluationRecord,
  type Reminder,
} from '../../../../shared/systems/evaluation';
import type { SampleTables } from '../../../core/sample';
import { createRandom } from '../../../core/sample/random';
import type { RegistrySampleContext } from '../../registry';
import { sampleQuestionnaires, type SampleSurvey } from './sampleQuestionnaires';
import { sampleRecords, type SampleWorld } from './sampleRecords';

/**
 * A sample year of System 4: every channel's records (the hotline's loops at every step), a
 * questionnaire in two versions with several hundred returns and a double-entry one, and one
 * rectification — the 通报提醒 to the unit the talents rated worst last quarter, its document and
 * its supervision item. Pure and seeded; dates lie before `now`.
 */
export function generateEvaluation(
  { seed, now, units, people, office }: RegistrySampleContext,
  documentsSoFar: readonly IssuedDocument[] = [],
): SampleTables {
  const rng = createRandom(`${seed}/evaluation`);
  const today = localDate(now);
  const active = units.filter((u) => u.isActive === 1);
  const picked = [
    ...active.filter((u) => u.kind === 'member').slice(0, 10),
    ...active.filter((u) => u.kind === 'town' || u.kind === 'zone').slice(0, 6),
    ...active.filter((u) => u.kind === 'village').slice(0, 4),
  ];
  const talentIds = people.filter((p) => p.role === 'talent').map((p) => p.id);
  if (picked.length < 14 || talentIds.length === 0) return {};
  // Most units serve well; two do not, so the year has problems to flag and act on.
  const world: SampleWorld = {
    rng,
    today,
    units: picked.map((u, i) => ({ id: u.id, quality: i === 11 || i === 3 ? 3 : rng.pick([0, 1, 1, 1, 2]) })),
    talentIds,
    staff: ['示例王芳', '示例李娜', '示例张伟'],
  };
  const records = sampleRecords(world);
  const survey = sampleQuestionnaires(world);
  const rectification = sampleRectification(world, records, survey, office, documentsSoFar);
  return { evaluationRecords: records, ...survey, ...rectification };
}

function sampleRectification(
  world: SampleWorld,
  records: EvaluationRecord[],
  survey: SampleSurvey,
  office: RegistrySampleContext['office'],
  documentsSoFar: readonly IssuedDocument[],
): SampleTables {
  const versions = new Map(survey.questionnaireVersions.map((v) => [v.key, v]));
  const cells = [
    ...records.flatMap(ratedCellsOfRecord),
    ...survey.questionnaireReturns.flatMap((r) =>
      ratedCellsOfReturn(r, versions.get(`${r.questionnaireId}|${r.version}`)!),
    ),
  ];
  const issuedOn = addDays(world.today, -25);
  const period = periodOf(addDays(issuedOn, -40), 'quarter');
  const matrix = matrixOf([...recountRows(cells).values()], { granularity: 'quarter', level: 'item' });
  const flag = flagProblems(matrix, period, DEFAULT_THRESHOLDS).find((f) => f.contentId);
  if (!flag) return {};
  const id = world.rng.uuid();
  const { dueOn, assumedYears } = rectificationDeadline(
    workingCalendar(),
    issuedOn,
    DEFAULT_THRESHOLDS.rectificationWorkingDays,
  );
  const figures = {
    period,
    reasons: flag.reasons,
    n: flag.tally.n,
    scoreTenths: flag.scoreTenths,
    satisfiedRateTenths: satisfiedRateTenths(flag.tally),
    dissatisfied: flag.tally.dissatisfied,
    dueOn,
    workingDays: DEFAULT_THRESHOLDS.rectificationWorkingDays,
    secrecy: 'internal' as const,
  };
  const prefix = `示例${office.documentPrefixes[1] ?? office.documentPrefixes[0]}`;
  const year = Number(issuedOn.slice(0, 4));
  const sequence =
    1 + Math.max(0, ...documentsSoFar.filter((d) => d.prefix === prefix && d.year === year).map((d) => d.sequence));
  const number = documentNumber(prefix, year, sequence);
  const contentName = CONTENT_ITEM_TEXT[flag.contentId as ContentItem];
  const document = buildReminderNotice(figures, {
    office,
    number,
    date: issuedOn,
    recipient: '示例单位党委（党组）',
    contentName,
    distribution: FIVE_GRADE_SCALE.grades.map((g, i) => ({
      label: g.label,
      count: distribution(flag.tally, FIVE_GRADE_SCALE)[i],
    })),
    opinions: ['办事拖沓，多次催办才有回音', '窗口人员态度生硬'],
    thresholds: DEFAULT_THRESHOLDS,
  });
  const issuedAt = `${issuedOn}T02:00:00.000Z`;
  const documentId = world.rng.uuid();
  const doc = {
    id: documentId,
    kind: 'circular',
    number,
    prefix,
    year,
    sequence: 1,
    title: document.title,
    secrecy: 'internal',
    issuedAt,
    issuedKey: `${issuedAt}|${documentId}`,
    issuedBy: '示例数据',
    sourceId: `reminders:${id}`,
    status: 'issued',
    voidReason: '',
    document,
    isSample: 1,
  } satisfies IssuedDocument;
  const { matter, requirement } = rectificationMatter(figures, contentName);
  const item = withIndexKeys({
    id: world.rng.uuid(),
    taskId: id,
    source: 'evaluation',
    category: 'other',
    matter,
    requirement,
    unitId: flag.unitId,
    dueOn,
    replyBy: dueOn,
    status: 'open',
    secrecy: 'internal',
    year,
    createdAt: issuedAt,
    createdBy: '示例数据',
    isSample: 1,
  } satisfies SupervisionItem);
  const reminder: Reminder = {
    id,
    unitId: flag.unitId,
    contentId: flag.contentId,
    ...figures,
    issuedOn,
    assumedYears,
    documentId,
    number,
    itemId: item.id,
    flagKey: flagKeyOf(flag.unitId, period, flag.contentId),
    createdBy: '示例数据',
    isSample: 1,
  };
  // The sample series continues after this number when a reminder is issued for sample data.
  const docSequences = [{ prefix, year, next: sequence + 1 }];
  return { reminders: [reminder], documents: [doc], supervisionItems: [item], docSequences };
}
