import { newId } from '../../../../shared/core/common/ids';
import { localDate } from '../../../../shared/core/common/localDate';
import { AppError } from '../../../../shared/core/errors';
import {
  isContentId,
  nextCopyNumber,
  pendingKeyOf,
  questionnaireDesignSchema,
  refuse,
  versionForEdit,
  versionKey,
  type PrintRun,
  type Questionnaire,
  type QuestionnaireDesign,
  type QuestionnaireVersion,
  type ValidQuestionnaireDesign,
} from '../../../../shared/systems/evaluation';
import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { parseInput } from '../../../core/data/validation';
import { read, writeWithAudit } from '../../../core/data/write';
import { evaluationSettingsRepo } from './evaluationSettingsRepo';
import { evaluationTables } from './schema';

/** The questionnaire as stored: its list key kept in step with its counts. */
export function withQuestionnaireKeys(q: Questionnaire): Questionnaire {
  const { pendingKey: _stale, ...rest } = q;
  const key = pendingKeyOf(q);
  return key ? { ...rest, pendingKey: key } : rest;
}

async function requireDesignReferences(d: ValidQuestionnaireDesign): Promise<void> {
  const unitIds = d.questions.flatMap((q) => (q.kind === 'grade' ? [q.unitId] : q.kind === 'matrix' ? q.unitIds : []));
  if ((await getDb().units.bulkGet([...new Set(unitIds)])).some((u) => !u))
    throw new AppError('validation', { field: 'evaluation.fields.questions', rule: 'unknown-unit' });
  const subItems = await evaluationSettingsRepo.subItems();
  const contentIds = d.questions.flatMap((q) =>
    q.kind === 'grade' ? [q.contentId] : q.kind === 'matrix' ? q.contentIds : [],
  );
  if (contentIds.some((c) => !isContentId(c, subItems)))
    throw new AppError('validation', {
      field: 'evaluation.fields.questions',
      rule: 'evaluation.rules.unknown-content',
    });
}

function versionOf(
  q: Pick<Questionnaire, 'id'>,
  version: number,
  d: ValidQuestionnaireDesign,
  now: Date,
): QuestionnaireVersion {
  return {
    key: versionKey(q.id, version),
    questionnaireId: q.id,
    version,
    title: d.title,
    intro: d.intro,
    scale: d.scale,
    questions: d.questions,
    createdAt: now.toISOString(),
    createdBy: requireSession().displayName,
    isSample: 0,
  };
}

/** 问卷调查 (S4-4.5): design, versions, numbered blank copies, returns received. */
export const questionnairesRepo = {
  async create(design: QuestionnaireDesign, now = new Date()): Promise<Questionnaire> {
    const d = parseInput(questionnaireDesignSchema, design, 'evaluation.designFields');
    const t = evaluationTables();
    const db = getDb();
    return writeWithAudit([t.questionnaires, t.versions, db.units, db.settings], async (audit) => {
      await requireDesignReferences(d);
      const q: Questionnaire = withQuestionnaireKeys({
        id: newId(),
        title: d.title,
        status: 'open',
        currentVersion: 1,
        frozenVersions: [],
        secrecy: d.secrecy,
        isDoubleEntry: d.isDoubleEntry,
        printRuns: [],
        received: 0,
        entered: 0,
        unsettled: 0,
        createdAt: now.toISOString(),
        createdBy: requireSession().displayName,
        isSample: 0,
      });
      await t.questionnaires.add(q);
      await t.versions.add(versionOf(q, 1, d, now));
      await audit('questionnaires', q.id, 'create', null, { ...q, version: 1, questions: d.questions });
      return q;
    });
  },

  /**
   * Saves the design: into the current version while nothing was printed from it or answered it,
   * else as the next version (the frozen one stays for its copies and returns).
   */
  async revise(id: string, design: QuestionnaireDesign, now = new Date()): Promise<Questionnaire> {
    const d = parseInput(questionnaireDesignSchema, design, 'evaluation.designFields');
    const t = evaluationTables();
    const db = getDb();
    return writeWithAudit([t.questionnaires, t.versions, db.units, db.settings], async (audit) => {
      await requireDesignReferences(d);
      const q = await t.questionnaires.get(id);
      if (!q) throw new AppError('not-found', { id });
      const version = versionForEdit(q);
      const next = withQuestionnaireKeys({
        ...q,
        title: d.title,
        secrecy: d.secrecy,
        isDoubleEntry: d.isDoubleEntry,
        currentVersion: version,
      });
      await t.versions.put(versionOf(q, version, d, now));
      await t.questionnaires.put(next);
      await audit(
        'questionnaires',
        id,
        'update',
        { currentVersion: q.currentVersion },
        { version, questions: d.questions },
      );
      return next;
    });
  },

  /**
   * Numbers `count` blank copies of the current version (份号 never given twice) and freezes it:
   * a printed form must keep matching the layout the app will read it back with.
   */
  async printCopies(id: string, count: number, now = new Date()): Promise<PrintRun> {
    if (!Number.isInteger(count) || count < 1 || count > 5000)
      throw new AppError('validation', { field: 'evaluation.fields.count', rule: 'too_big' });
    const t = evaluationTables();
    return writeWithAudit([t.questionnaires], async (audit) => {
      const q = await t.questionnaires.get(id);
      if (!q) throw new AppError('not-found', { id });
      if (q.status === 'closed') throw refuse('questionnaireClosed');
      const fromCopy = nextCopyNumber(q);
      const run: PrintRun = {
        version: q.currentVersion,
        fromCopy,
        toCopy: fromCopy + count - 1,
        on: localDate(now),
        by: requireSession().displayName,
      };
      const frozenVersions = [...new Set([...q.frozenVersions, q.currentVersion])];
      await t.questionnaires.put({ ...q, printRuns: [...q.printRuns, run], frozenVersions });
      await audit('questionnaires', id, 'print', null, run);
      return run;
    });
  },

  /** 登记回收份数: how many copies came back; never fewer than already entered. */
  async registerReceived(id: string, received: number): Promise<Questionnaire> {
    const t = evaluationTables();
    return writeWithAudit([t.questionnaires], async (audit) => {
      const q = await t.questionnaires.get(id);
      if (!q) throw new AppError('not-found', { id });
      if (!Number.isInteger(received) || received < q.entered)
        throw refuse('receivedBelowEntered', { entered: q.entered });
      const next = withQuestionnaireKeys({ ...q, received });
      await t.questionnaires.put(next);
      await audit('questionnaires', id, 'update', { received: q.received }, { received });
      return next;
    });
  },

  /** 结束调查 / 重新开放: a closed questionnaire prints no more copies; returns may still be entered. */
  async setStatus(id: string, status: Questionnaire['status']): Promise<Questionnaire> {
    const t = evaluationTables();
    return writeWithAudit([t.questionnaires], async (audit) => {
      const q = await t.questionnaires.get(id);
      if (!q) throw new AppError('not-found', { id });
      await t.questionnaires.put({ ...q, status });
      await audit('questionnaires', id, 'update', { status: q.status }, { status });
      return { ...q, status };
    });
  },

  get: (id: string) => read(() => evaluationTables().questionnaires.get(id)),
  list: () => read(() => evaluationTables().questionnaires.orderBy('id').toArray()),
  version: (id: string, version: number) => read(() => evaluationTables().versions.get(versionKey(id, version))),
  versions: (id: string) =>
    read(() => evaluationTables().versions.where('questionnaireId').equals(id).sortBy('version')),
  /** Questionnaires with returns received and not yet entered (the Dashboard's list). */
  listPending: () => read(() => evaluationTables().questionnaires.where('pendingKey').above('').toArray()),
  countPending: () => read(() => evaluationTables().questionnaires.where('pendingKey').above('').count()),
};
