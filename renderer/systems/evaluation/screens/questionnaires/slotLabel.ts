import type { TFunction } from 'i18next';
import type { QuestionnaireVersion, Slot } from '../../../../../shared/systems/evaluation';
import type { Names } from '../useNames';

/** How a slot reads on screen and in the template: the question, then whom and what a grade rates. */
export function slotLabel(slot: Slot, version: Pick<QuestionnaireVersion, 'questions'>, names: Names): string {
  const question = version.questions.find((q) => q.id === slot.questionId);
  if (slot.kind === 'grade') {
    const who = `${names.unitName(slot.unitId)}·${names.contentName(slot.contentId)}`;
    return question?.kind === 'matrix' ? who : `${question?.text ?? ''}（${who}）`;
  }
  return question?.text ?? slot.key;
}

/** An answer as text: the grade's or option's words, several choices joined, text as typed. */
export function answerText(slot: Slot, value: unknown, gradeLabels: readonly string[], t: TFunction): string {
  if (value === undefined || value === null) return t('evaluation.entry.blank');
  if (slot.kind === 'grade') return gradeLabels[value as number] ?? String(value);
  if (slot.kind === 'single') return slot.options[value as number] ?? String(value);
  if (slot.kind === 'multiple') return (value as number[]).map((i) => slot.options[i]).join('、');
  return String(value);
}
