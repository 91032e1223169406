import { AppError } from '../../core/errors';

/**
 * Why an evaluation step is refused. Each code is the last part of an i18n key
 * (evaluation.refusals.<code>); repositories throw AppError('not-allowed') with the key as `reason`.
 */
export const EVALUATION_REFUSALS = [
  'loopClosed',
  'notForwardable',
  'notAnswerable',
  'noAnswerYet',
  'callbackLocked',
  'closeReasonRequired',
  'noContactForCallback',
  'copyNotPrinted',
  'copyEnteredTwice',
  'copyInFileTwice',
  'secondEntrySamePerson',
  'secondEntryNotAwaited',
  'differencesUnsettled',
  'versionHasNoQuestions',
  'questionnaireClosed',
  'receivedBelowEntered',
  'reminderNotFlagged',
  'reminderExists',
  'scaleInUse',
] as const;
export type EvaluationRefusal = (typeof EVALUATION_REFUSALS)[number];

export function refusalKey(code: EvaluationRefusal): `evaluation.refusals.${EvaluationRefusal}` {
  return `evaluation.refusals.${code}`;
}

export function refuse(code: EvaluationRefusal, values: Record<string, string | number> = {}): AppError {
  return new AppError('not-allowed', { reason: refusalKey(code), ...values });
}
