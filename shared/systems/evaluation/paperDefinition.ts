import type { SecrecyLevel } from '../../core/common/secrecy';
import type { PaperFormDefinition, PaperItem, PaperSection } from './paperForm/definition';
import type { ReturnAnswer } from './paperForm/review';
import type { ContentId } from './contentItems';
import type { Question, QuestionnaireVersion } from './questionnaire';
import type { Answers } from './slots';

/** How the blank form names units and content items (always the office's Chinese names). */
export interface PaperNames {
  unitName: (unitId: string) => string;
  contentName: (contentId: ContentId) => string;
}

/** Handwriting lines of a free-text question on paper. */
const TEXT_LINES = 4;

const RATED_SECTION = '满意度评价';
const OTHER_SECTION = '基本情况和意见建议';

/**
 * One version of a questionnaire as the paper side lays it out (issue 19's PaperFormDefinition).
 * A grade and an option are their positions as ids ('0' = the first), a matrix row its unit and
 * content item: what a scan reads comes back as the same answers keyed entry stores.
 */
export function toPaperDefinition(
  version: Pick<QuestionnaireVersion, 'questionnaireId' | 'version' | 'title' | 'intro' | 'scale' | 'questions'>,
  secrecy: SecrecyLevel,
  names: PaperNames,
): PaperFormDefinition {
  const grades = version.scale.grades.map((g, i) => ({ id: String(i), label: g.label }));
  const item = (q: Question): PaperItem => {
    switch (q.kind) {
      case 'grade':
        return { kind: 'grades', id: q.id, text: `${q.text}（${names.unitName(q.unitId)}）`, grades };
      case 'matrix':
        return {
          kind: 'matrix',
          id: q.id,
          text: q.text,
          units: q.unitIds.map((id) => ({ id, label: names.unitName(id) })),
          contents: q.contentIds.map((id) => ({ id, label: names.contentName(id) })),
          grades,
        };
      case 'single':
      case 'multiple':
        return {
          kind: q.kind,
          id: q.id,
          text: q.text,
          options: q.options.map((label, i) => ({ id: String(i), label })),
          ...(q.kind === 'multiple' ? { maxChoices: q.maxChoices } : {}),
        };
      case 'text':
        return { kind: 'text', id: q.id, text: q.text, lines: TEXT_LINES };
    }
  };
  const isRated = (q: Question) => q.kind === 'grade' || q.kind === 'matrix';
  const sections: PaperSection[] = [
    { title: RATED_SECTION, items: version.questions.filter(isRated).map(item) },
    { title: OTHER_SECTION, items: version.questions.filter((q) => !isRated(q)).map(item) },
  ].filter((s) => s.items.length > 0);
  return {
    questionnaireId: version.questionnaireId,
    version: version.version,
    title: version.title,
    secrecy,
    instructions: version.intro ? [version.intro] : [],
    sections,
  };
}

/**
 * A scanned return's answers as keyed entry stores them: a grade or single choice its position, a
 * multiple choice its sorted positions; an unanswered question stays out. Free text is kept on
 * paper as an image and never read, so it has no answer here.
 */
export function answersFromPaper(version: Pick<QuestionnaireVersion, 'questions'>, read: readonly ReturnAnswer[]) {
  const answers: Answers = {};
  for (const a of read) {
    const q = version.questions.find((x) => x.id === a.itemId);
    const picks = a.choiceIds.map(Number).filter((n) => Number.isInteger(n) && n >= 0);
    if (!q || picks.length === 0) continue;
    if (q.kind === 'matrix' && a.unitId && a.contentId) answers[`${q.id}/${a.unitId}/${a.contentId}`] = picks[0];
    if (q.kind === 'grade' || q.kind === 'single') answers[q.id] = picks[0];
    if (q.kind === 'multiple') answers[q.id] = [...picks].sort((x, y) => x - y);
  }
  return answers;
}
