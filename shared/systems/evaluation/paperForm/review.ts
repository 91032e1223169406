import type { ChoiceGroup, PaperFormLayout } from './layoutModel';
import type { ScanProblem, ScannedCopy } from './scanReturns';

/** A person's answer to one question of one copy, made in the review; it replaces what was read. */
export type GroupDecision = string[];

/** A copy's review: the answers settled, and missing pages the person chose to do without. */
export interface CopyReview {
  answers: Record<string, GroupDecision>;
  acceptedMissingPages: number[];
}

export const emptyReview = (): CopyReview => ({ answers: {}, acceptedMissingPages: [] });

export function copyKey(copy: Pick<ScannedCopy<unknown>, 'questionnaireId' | 'version' | 'copyNumber'>): string {
  return `${copy.questionnaireId}\u0000${copy.version}\u0000${copy.copyNumber}`;
}

/** The problems a person has not settled yet, in page order. */
export function openProblems(copy: ScannedCopy<unknown>, review: CopyReview): ScanProblem[] {
  return copy.problems.filter((p) => {
    if (p.kind === 'missingPage') return !review.acceptedMissingPages.includes(p.pageNo);
    if (p.kind === 'duplicatePage') return false;
    return review.answers[p.groupId] === undefined;
  });
}

/** A person's answer is a valid one: known choices, no more than the question allows. */
export function isValidDecision(group: ChoiceGroup, choiceIds: readonly string[], choices: readonly string[]): boolean {
  const limit = group.kind === 'single' ? 1 : (group.maxChoices ?? choices.length);
  return (
    choiceIds.length <= limit &&
    choiceIds.every((c) => choices.includes(c)) &&
    new Set(choiceIds).size === choiceIds.length
  );
}

/** One answered question of a return: an item, or one row (unit × content) of a matrix. */
export interface ReturnAnswer {
  itemId: string;
  unitId?: string;
  contentId?: string;
  choiceIds: string[];
}

/**
 * The answers a reviewed copy saves: what was read, replaced by every decision the person made.
 * Null while a problem is open: no page becomes a return until it is reviewed (issue 19 item 3).
 */
export function reviewedAnswers(
  copy: ScannedCopy<unknown>,
  review: CopyReview,
  layout: PaperFormLayout,
): ReturnAnswer[] | null {
  if (openProblems(copy, review).length) return null;
  return layout.groups.map((g) => ({
    itemId: g.itemId,
    ...(g.unitId ? { unitId: g.unitId } : {}),
    ...(g.contentId ? { contentId: g.contentId } : {}),
    choiceIds: review.answers[g.id] ?? copy.answers[g.id] ?? [],
  }));
}
