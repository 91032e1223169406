import { z } from 'zod';
import { SECRECY_LEVELS, type SecrecyLevel } from '../../core/common/secrecy';
import type { ContentId } from './contentItems';
import { FIVE_GRADE_SCALE, scaleSchema, type Scale } from './scale';

/**
 * 问卷调查 (S4-4.5): a questionnaire the office designs, prints as numbered blank forms and reads
 * back as returns. Its questions live in versions: a version is frozen once a copy of it is printed
 * or a return answers it (a printed form must keep matching the layout the app knows), and an edit
 * after that makes the next version. Every return keeps the version it answered, so old returns
 * stay readable and countable.
 */
export const QUESTION_KINDS = ['grade', 'matrix', 'single', 'multiple', 'text'] as const;
// grade 满意度评价题 (one unit on one content item) · matrix 矩阵评价题 (units × content items) ·
// single 单选题 · multiple 多选题 · text 意见建议（填空）
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export type Question =
  | { id: string; kind: 'grade'; text: string; unitId: string; contentId: ContentId }
  | { id: string; kind: 'matrix'; text: string; unitIds: string[]; contentIds: ContentId[] }
  | { id: string; kind: 'single'; text: string; options: string[] }
  | { id: string; kind: 'multiple'; text: string; options: string[]; maxChoices: number }
  | { id: string; kind: 'text'; text: string };

export interface QuestionnaireVersion {
  /** `${questionnaireId}|${version}` */
  key: string;
  questionnaireId: string;
  version: number;
  title: string;
  /** 卷首语: what the form says to the talent before the questions. */
  intro: string;
  scale: Scale;
  questions: Question[];
  createdAt: string;
  createdBy: string;
  isSample: 0 | 1;
}

/** A run of numbered blank copies printed from one version (份号 from … to). */
export interface PrintRun {
  version: number;
  fromCopy: number;
  toCopy: number;
  on: string;
  by: string;
}

export const QUESTIONNAIRE_STATUSES = ['open', 'closed'] as const;
export type QuestionnaireStatus = (typeof QUESTIONNAIRE_STATUSES)[number];

export interface Questionnaire {
  id: string;
  title: string;
  status: QuestionnaireStatus;
  /** The version new copies print from; earlier ones stay for their returns. */
  currentVersion: number;
  /** Versions that cannot change any more (printed or answered). */
  frozenVersions: number[];
  secrecy: SecrecyLevel;
  /** 双人录入: a second person keys each return again and differences are settled. */
  isDoubleEntry: boolean;
  printRuns: PrintRun[];
  /** 收回份数 registered by the office; entered returns are counted in the same write. */
  received: number;
  entered: number;
  /** Returns keyed in whose second entry or settlement is still due. */
  unsettled: number;
  /** Returns still to key in: received − entered while positive, for the Dashboard's list. */
  pendingKey?: string;
  createdAt: string;
  createdBy: string;
  isSample: 0 | 1;
}

const text = z.string().trim().min(1).max(200);
const options = z.array(z.string().trim().min(1).max(40)).min(2).max(9);

export const questionInputSchema = z.discriminatedUnion('kind', [
  z.object({
    id: z.string().min(1),
    kind: z.literal('grade'),
    text,
    unitId: z.string().min(1),
    contentId: z.string().min(1),
  }),
  z.object({
    id: z.string().min(1),
    kind: z.literal('matrix'),
    text,
    unitIds: z.array(z.string().min(1)).min(1).max(30),
    contentIds: z.array(z.string().min(1)).min(1).max(10),
  }),
  z.object({ id: z.string().min(1), kind: z.literal('single'), text, options }),
  z.object({
    id: z.string().min(1),
    kind: z.literal('multiple'),
    text,
    options,
    maxChoices: z.number().int().min(1).max(9),
  }),
  z.object({ id: z.string().min(1), kind: z.literal('text'), text }),
]);

/** What the designer hands over: the whole questionnaire as it should now read. */
export const questionnaireDesignSchema = z
  .object({
    title: z.string().trim().min(1).max(60),
    intro: z.string().trim().max(600).default(''),
    secrecy: z.enum(SECRECY_LEVELS).default('internal'),
    isDoubleEntry: z.boolean().default(false),
    scale: scaleSchema.default(FIVE_GRADE_SCALE),
    questions: z.array(questionInputSchema).min(1).max(100),
  })
  .superRefine((d, ctx) => {
    if (new Set(d.questions.map((q) => q.id)).size !== d.questions.length)
      ctx.addIssue({ code: 'custom', path: ['questions'], message: 'evaluation.rules.question-id-twice' });
    d.questions.forEach((q, i) => {
      if (q.kind === 'multiple' && q.maxChoices > q.options.length)
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'maxChoices'],
          message: 'evaluation.rules.more-choices-than-options',
        });
      if (q.kind === 'matrix' && new Set(q.unitIds).size !== q.unitIds.length)
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'unitIds'], message: 'evaluation.rules.unit-twice' });
    });
  });
export type QuestionnaireDesign = z.input<typeof questionnaireDesignSchema>;
export type ValidQuestionnaireDesign = z.output<typeof questionnaireDesignSchema>;

export function versionKey(questionnaireId: string, version: number): string {
  return `${questionnaireId}|${version}`;
}

/**
 * Which version an edit writes: the current one while nothing was printed from it and nothing
 * answered it, else the next (the frozen one stays as it was for its copies and returns).
 */
export function versionForEdit(q: Pick<Questionnaire, 'currentVersion' | 'frozenVersions'>): number {
  return q.frozenVersions.includes(q.currentVersion) ? q.currentVersion + 1 : q.currentVersion;
}

/** The version a numbered copy was printed from, or undefined: never printed. */
export function versionOfCopy(q: Pick<Questionnaire, 'printRuns'>, copy: number): number | undefined {
  return q.printRuns.find((r) => r.fromCopy <= copy && copy <= r.toCopy)?.version;
}

/** The next copy number to print: copy numbers are never given twice in a questionnaire. */
export function nextCopyNumber(q: Pick<Questionnaire, 'printRuns'>): number {
  return q.printRuns.reduce((max, r) => Math.max(max, r.toCopy), 0) + 1;
}

/** The pendingKey a questionnaire is stored with (see Questionnaire.pendingKey). */
export function pendingKeyOf(q: Pick<Questionnaire, 'id' | 'received' | 'entered'>): string | undefined {
  return q.received > q.entered ? q.id : undefined;
}
