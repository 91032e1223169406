import { newId } from '../../../../shared/core/common/ids';
import { isLocalDate } from '../../../../shared/core/common/localDate';
import { AppError } from '../../../../shared/core/errors';
import {
  answersProblem,
  cellKeysOf,
  copyKeyOf,
  firstEntryStatus,
  ratedCellsOfReturn,
  refuse,
  secondEntry,
  settle,
  slotsOf,
  versionOfCopy,
  type AnswerValue,
  type Answers,
  type EntryPass,
  type Questionnaire,
  type QuestionnaireReturn,
  type QuestionnaireVersion,
  type TextImageInput,
} from '../../../../shared/systems/evaluation';
import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { read, writeWithAudit } from '../../../core/data/write';
import { withQuestionnaireKeys } from './questionnairesRepo';
import { evaluationTables } from './schema';
import { applyTalliesInTransaction } from './tallyWrite';
import { addTextImagesInTransaction } from './textImagesRepo';

export interface ReturnInput {
  copyNumber: number;
  receivedOn: string;
  answers: Answers;
  opinion?: string;
  /** Only when the talent signed the form; anonymous otherwise. */
  talentId?: string | null;
  /** Read from a scan and reviewed by a person against the page: final, no second keying. */
  isScanned?: boolean;
  /** The version the copy says it answered (a scan's QR code): refused unless it is the copy's. */
  version?: number;
  /** A scan's free-text areas as images, kept with the return. */
  textImages?: readonly TextImageInput[];
}

function statusKeyOf(r: Pick<QuestionnaireReturn, 'questionnaireId' | 'status'>): string {
  return `${r.questionnaireId}|${r.status}`;
}

/** The return as stored: its counting keys set while it counts. */
function stored(r: QuestionnaireReturn, version: QuestionnaireVersion): QuestionnaireReturn {
  return { ...r, statusKey: statusKeyOf(r), cellKeys: cellKeysOf(ratedCellsOfReturn(r, version)) };
}

function pass(answers: Answers): EntryPass {
  const s = requireSession();
  return { answers, staffId: s.staffId, staffName: s.displayName };
}

async function requireQuestionnaire(id: string): Promise<Questionnaire> {
  const q = await evaluationTables().questionnaires.get(id);
  if (!q) throw new AppError('not-found', { id });
  return q;
}

async function requireVersion(q: Questionnaire, version: number): Promise<QuestionnaireVersion> {
  const v = await evaluationTables().versions.get(`${q.id}|${version}`);
  if (!v) throw new AppError('not-found', { id: `${q.id}|${version}` });
  return v;
}

function checkAnswers(version: QuestionnaireVersion, answers: Answers): void {
  const problem = answersProblem(slotsOf(version), answers, version.scale.grades.length);
  if (problem)
    throw new AppError('validation', {
      field: 'evaluation.fields.answers',
      rule: `evaluation.importRules.${problem.rule}`,
    });
}

/** The copy's version, or a refusal: never printed, or entered already (the index refuses it too). */
async function versionForCopy(q: Questionnaire, copyNumber: number): Promise<number> {
  const version = versionOfCopy(q, copyNumber);
  if (version === undefined) throw refuse('copyNotPrinted', { copy: copyNumber });
  if (await evaluationTables().returns.where('copyKey').equals(copyKeyOf(q.id, copyNumber)).count())
    throw refuse('copyEnteredTwice', { copy: copyNumber });
  return version;
}

function newReturn(q: Questionnaire, version: number, input: ReturnInput): QuestionnaireReturn {
  if (!isLocalDate(input.receivedOn)) throw new AppError('validation', { field: 'receivedOn', rule: 'invalid_format' });
  const status = input.isScanned ? 'single' : firstEntryStatus(q.isDoubleEntry);
  return {
    id: newId(),
    questionnaireId: q.id,
    version,
    copyNumber: input.copyNumber,
    copyKey: copyKeyOf(q.id, input.copyNumber),
    receivedOn: input.receivedOn,
    talentId: input.talentId ?? null,
    opinion: (input.opinion ?? '').trim().slice(0, 500),
    status,
    first: pass(input.answers),
    differences: [],
    ...(status === 'single' ? { answers: input.answers } : {}),
    cellKeys: [],
    statusKey: '',
    isSample: 0,
  };
}

/** The questionnaire's counts after returns were entered (or settled): entered, unsettled, frozen. */
function counted(q: Questionnaire, added: QuestionnaireReturn[], settledNow = 0): Questionnaire {
  const entered = q.entered + added.length;
  const unsettled = q.unsettled + added.filter((r) => !r.answers).length - settledNow;
  const frozenVersions = [...new Set([...q.frozenVersions, ...added.map((r) => r.version)])];
  return withQuestionnaireKeys({ ...q, entered, unsettled, received: Math.max(q.received, entered), frozenVersions });
}

/** 问卷回收 keyed in by copy number, double-entered, settled, or imported from the template. */
export const returnsRepo = {
  /** The first (or only) entry of a copy. Counts at once unless the questionnaire asks for two. */
  async enter(questionnaireId: string, input: ReturnInput): Promise<QuestionnaireReturn> {
    const t = evaluationTables();
    const tables = [t.questionnaires, t.versions, t.returns, t.tallies, t.textImages, getDb().people];
    return writeWithAudit(tables, async (audit) => {
      const q = await requireQuestionnaire(questionnaireId);
      const versionNo = await versionForCopy(q, input.copyNumber);
      if (input.version !== undefined && input.version !== versionNo)
        throw refuse('copyNotPrinted', { copy: input.copyNumber });
      const version = await requireVersion(q, versionNo);
      checkAnswers(version, input.answers);
      if (input.talentId && !(await getDb().people.get(input.talentId)))
        throw new AppError('validation', { field: 'talentId', rule: 'evaluation.rules.unknown-person' });
      const ret = stored(newReturn(q, version.version, input), version);
      await t.returns.add(ret);
      await applyTalliesInTransaction([], ratedCellsOfReturn(ret, version));
      await t.questionnaires.put(counted(q, [ret]));
      await audit('questionnaireReturns', ret.id, 'create', null, ret);
      await addTextImagesInTransaction(ret, input.textImages ?? [], audit);
      return ret;
    });
  },

  /** 二次录入 by another person: matching answers count at once, differing ones wait to be settled. */
  async enterSecond(id: string, answers: Answers): Promise<QuestionnaireReturn> {
    const t = evaluationTables();
    return writeWithAudit([t.questionnaires, t.versions, t.returns, t.tallies], async (audit) => {
      const before = await t.returns.get(id);
      if (!before) throw new AppError('not-found', { id });
      const q = await requireQuestionnaire(before.questionnaireId);
      const version = await requireVersion(q, before.version);
      checkAnswers(version, answers);
      const after = stored({ ...before, ...secondEntry(before, pass(answers)) }, version);
      await t.returns.put(after);
      await applyTalliesInTransaction([], ratedCellsOfReturn(after, version));
      if (after.answers) await t.questionnaires.put(counted(q, [], 1));
      await audit(
        'questionnaireReturns',
        id,
        'update',
        { status: before.status },
        { status: after.status, second: after.second, differences: after.differences },
      );
      return after;
    });
  },

  /** 核定 the differences against the paper: the return then counts. */
  async settle(id: string, choices: Record<string, AnswerValue | null>): Promise<QuestionnaireReturn> {
    const t = evaluationTables();
    return writeWithAudit([t.questionnaires, t.versions, t.returns, t.tallies], async (audit) => {
      const before = await t.returns.get(id);
      if (!before) throw new AppError('not-found', { id });
      const q = await requireQuestionnaire(before.questionnaireId);
      const version = await requireVersion(q, before.version);
      const settled = settle(before, choices);
      checkAnswers(version, settled.answers ?? {});
      const after = stored({ ...before, ...settled }, version);
      await t.returns.put(after);
      await applyTalliesInTransaction([], ratedCellsOfReturn(after, version));
      await t.questionnaires.put(counted(q, [], 1));
      await audit(
        'questionnaireReturns',
        id,
        'settle',
        { differences: before.differences },
        { choices, answers: after.answers },
      );
      return after;
    });
  },

  /**
   * Returns from the template, all or none, in one transaction: every copy checked again here
   * (printed from this version, not entered, answers on the form), one audit entry with the count.
   */
  async importReturns(questionnaireId: string, version: number, rows: readonly ReturnInput[]): Promise<number> {
    const t = evaluationTables();
    return writeWithAudit([t.questionnaires, t.versions, t.returns, t.tallies], async (audit) => {
      const q = await requireQuestionnaire(questionnaireId);
      const v = await requireVersion(q, version);
      const added: QuestionnaireReturn[] = [];
      for (const row of rows) {
        if ((await versionForCopy(q, row.copyNumber)) !== version)
          throw refuse('copyNotPrinted', { copy: row.copyNumber });
        checkAnswers(v, row.answers);
        added.push(stored(newReturn(q, version, row), v));
      }
      if (new Set(added.map((r) => r.copyNumber)).size !== added.length) throw refuse('copyInFileTwice');
      await t.returns.bulkAdd(added);
      await applyTalliesInTransaction(
        [],
        added.flatMap((r) => ratedCellsOfReturn(r, v)),
      );
      await t.questionnaires.put(counted(q, added));
      await audit(
        'questionnaireReturns',
        '*',
        'import',
        null,
        { questionnaireId, version, copies: added.map((r) => r.copyNumber) },
        added.length,
      );
      return added.length;
    });
  },

  get: (id: string) => read(() => evaluationTables().returns.get(id)),
  byCopy: (questionnaireId: string, copyNumber: number) =>
    read(() => evaluationTables().returns.where('copyKey').equals(copyKeyOf(questionnaireId, copyNumber)).first()),
  /** Returns in one entry state (待二次录入, 两次录入不一致), by copy number. */
  listByStatus: (questionnaireId: string, status: QuestionnaireReturn['status']) =>
    read(() =>
      evaluationTables()
        .returns.where('statusKey')
        .equals(statusKeyOf({ questionnaireId, status }))
        .sortBy('copyNumber'),
    ),
  /** Copy numbers entered so far (the import checks against them). */
  enteredCopies: (questionnaireId: string) =>
    read(async () => {
      const rows = await evaluationTables().returns.where('copyKey').startsWith(`${questionnaireId}|`).keys();
      return new Set(rows.map((k) => Number(String(k).split('|')[1])));
    }),
};
