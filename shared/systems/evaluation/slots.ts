import type { ContentId } from './contentItems';
import type { Question, QuestionnaireVersion } from './questionnaire';

/**
 * 答题位: what one return answers, in the order the form prints it — a grade question is one slot,
 * a matrix one slot per unit × content item, every other question one slot. Keyed entry walks the
 * slots one by one; the .xlsx template has a column per slot; the paper form a box row per slot.
 */
export type Slot =
  | { key: string; no: number; kind: 'grade'; questionId: string; unitId: string; contentId: ContentId }
  | { key: string; no: number; kind: 'single'; questionId: string; options: string[] }
  | { key: string; no: number; kind: 'multiple'; questionId: string; options: string[]; maxChoices: number }
  | { key: string; no: number; kind: 'text'; questionId: string };

/** A grade or option is its position, 0-based; a multiple choice the sorted positions; text is text. */
export type AnswerValue = number | number[] | string;
export type Answers = Record<string, AnswerValue>;

type UnnumberedSlot = Slot extends infer S ? (S extends Slot ? Omit<S, 'no'> : never) : never;

function slotsOfQuestion(q: Question): UnnumberedSlot[] {
  switch (q.kind) {
    case 'grade':
      return [{ key: q.id, kind: 'grade', questionId: q.id, unitId: q.unitId, contentId: q.contentId }];
    case 'matrix':
      return q.unitIds.flatMap((unitId) =>
        q.contentIds.map((contentId) => ({
          key: `${q.id}/${unitId}/${contentId}`,
          kind: 'grade' as const,
          questionId: q.id,
          unitId,
          contentId,
        })),
      );
    case 'single':
      return [{ key: q.id, kind: 'single', questionId: q.id, options: q.options }];
    case 'multiple':
      return [{ key: q.id, kind: 'multiple', questionId: q.id, options: q.options, maxChoices: q.maxChoices }];
    case 'text':
      return [{ key: q.id, kind: 'text', questionId: q.id }];
  }
}

export function slotsOf(version: Pick<QuestionnaireVersion, 'questions'>): Slot[] {
  return version.questions.flatMap(slotsOfQuestion).map((s, i) => ({ ...s, no: i + 1 }) as Slot);
}

export const TEXT_ANSWER_MAX_CHARS = 500;

/**
 * Why an answer does not fit its slot (an i18n rule code), or null when it does. A grade must be
 * on the version's scale, an option one the question offers, a multiple choice within its limit.
 */
export function answerProblem(slot: Slot, value: AnswerValue, gradeCount: number): string | null {
  switch (slot.kind) {
    case 'grade':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) < gradeCount
        ? null
        : 'grade-off-scale';
    case 'single':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) < slot.options.length
        ? null
        : 'option-unknown';
    case 'multiple': {
      if (!Array.isArray(value) || value.length === 0) return 'option-unknown';
      if (value.some((v) => !Number.isInteger(v) || v < 0 || v >= slot.options.length)) return 'option-unknown';
      if (new Set(value).size !== value.length) return 'option-twice';
      return value.length > slot.maxChoices ? 'too-many-choices' : null;
    }
    case 'text':
      return typeof value === 'string' && value.trim() !== '' && value.length <= TEXT_ANSWER_MAX_CHARS
        ? null
        : 'text-too-long';
  }
}

/** The first problem of a set of answers: a slot the version does not have, or an answer that does not fit. */
export function answersProblem(
  slots: readonly Slot[],
  answers: Answers,
  gradeCount: number,
): { slotKey: string; rule: string } | null {
  const byKey = new Map(slots.map((s) => [s.key, s]));
  for (const [key, value] of Object.entries(answers)) {
    const slot = byKey.get(key);
    if (!slot) return { slotKey: key, rule: 'slot-unknown' };
    const rule = answerProblem(slot, value, gradeCount);
    if (rule) return { slotKey: key, rule };
  }
  return null;
}

/** Same answer? (multiple choices compare as sets) */
export function sameAnswer(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return [...a].sort().join(',') === [...b].sort().join(',');
  return a === b;
}
