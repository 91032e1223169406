import type { LocalDate } from '../../core/common/localDate';
import type { QuestionnaireVersion } from './questionnaire';
import type { RatedCell } from './rating';
import { refuse } from './refusals';
import { sameAnswer, slotsOf, type AnswerValue, type Answers } from './slots';

/**
 * 问卷回收: one returned copy, keyed in by its copy number (or imported). Anonymous by default: an
 * anonymous return links to no person and keeps no time finer than its date.
 *
 * With double entry (双人录入) a second person keys the copy again: the same answers count at
 * once; differing ones wait, listed, until someone settles each against the paper.
 */
export const ENTRY_STATUSES = ['single', 'awaitingSecond', 'differs', 'matched', 'settled'] as const;
// single 单人录入 · awaitingSecond 待二次录入 · differs 两次录入不一致 · matched 两次录入一致 · settled 已核定
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export interface EntryPass {
  answers: Answers;
  /** Staff account id and name of who keyed it in (not the talent). */
  staffId: string;
  staffName: string;
}

export interface QuestionnaireReturn {
  id: string;
  questionnaireId: string;
  version: number;
  copyNumber: number;
  /** `${questionnaireId}|${copyNumber}`, unique: a copy is entered once. */
  copyKey: string;
  /** 回收日期: a date, never a time. */
  receivedOn: LocalDate;
  /** null unless the talent signed the form. */
  talentId: string | null;
  /** The talent's own words on the form's back or margin, kept with its ratings. */
  opinion: string;
  status: EntryStatus;
  first: EntryPass;
  second?: EntryPass;
  /** Slot keys on which the two entries differ (double entry), until settled. */
  differences: string[];
  /** The answers that count: set once the return is single, matched or settled. */
  answers?: Answers;
  /** Index keys of its rated cells while it counts (rating.ts cellKeysOf). */
  cellKeys: string[];
  /** `${questionnaireId}|${status}` for the lists of returns still to check. */
  statusKey: string;
  isSample: 0 | 1;
}

export function copyKeyOf(questionnaireId: string, copyNumber: number): string {
  return `${questionnaireId}|${String(copyNumber).padStart(6, '0')}`;
}

/** A return counts in the results once its answers are final. */
export function isCounted(status: EntryStatus): boolean {
  return status === 'single' || status === 'matched' || status === 'settled';
}

/** The first pass: final at once unless the questionnaire asks for double entry. */
export function firstEntryStatus(isDoubleEntry: boolean): EntryStatus {
  return isDoubleEntry ? 'awaitingSecond' : 'single';
}

/** Slot keys on which two sets of answers differ (an answer on one side only is a difference). */
export function differencesOf(a: Answers, b: Answers): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !sameAnswer(a[k], b[k])).sort();
}

/** The second pass, by someone else: matched (counts) or differs (listed until settled). */
export function secondEntry(
  ret: Pick<QuestionnaireReturn, 'status' | 'first'>,
  pass: EntryPass,
): Pick<QuestionnaireReturn, 'status' | 'second' | 'differences' | 'answers'> {
  if (ret.status !== 'awaitingSecond') throw refuse('secondEntryNotAwaited');
  if (pass.staffId === ret.first.staffId) throw refuse('secondEntrySamePerson');
  const differences = differencesOf(ret.first.answers, pass.answers);
  if (differences.length === 0) return { status: 'matched', second: pass, differences, answers: ret.first.answers };
  return { status: 'differs', second: pass, differences, answers: undefined };
}

/**
 * 核定: one value per difference, as read on the paper (null: left blank). Every difference must be
 * settled; the other answers are those both entries agree on.
 */
export function settle(
  ret: Pick<QuestionnaireReturn, 'status' | 'first' | 'differences'>,
  choices: Record<string, AnswerValue | null>,
): Pick<QuestionnaireReturn, 'status' | 'differences' | 'answers'> {
  if (ret.status !== 'differs') throw refuse('secondEntryNotAwaited');
  const open = ret.differences.filter((k) => !(k in choices));
  if (open.length) throw refuse('differencesUnsettled', { count: open.length });
  const answers: Answers = {};
  for (const [key, value] of Object.entries(ret.first.answers))
    if (!ret.differences.includes(key)) answers[key] = value;
  for (const key of ret.differences) {
    const value = choices[key];
    if (value !== null && value !== undefined) answers[key] = value;
  }
  return { status: 'settled', differences: [], answers };
}

/** What a counted return gives the results: each answered grade slot, on its received date. */
export function ratedCellsOfReturn(
  ret: Pick<QuestionnaireReturn, 'receivedOn' | 'answers' | 'status'>,
  version: Pick<QuestionnaireVersion, 'questions' | 'scale'>,
): RatedCell[] {
  if (!isCounted(ret.status) || !ret.answers) return [];
  const cells: RatedCell[] = [];
  for (const slot of slotsOf(version)) {
    const value = ret.answers[slot.key];
    if (slot.kind === 'grade' && typeof value === 'number')
      cells.push({
        on: ret.receivedOn,
        unitId: slot.unitId,
        contentId: slot.contentId,
        scale: version.scale,
        grade: value,
      });
  }
  return cells;
}
