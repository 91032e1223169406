import { z } from 'zod';

/**
 * A rating scale: its grades from best to worst, each with the points it scores (0–100, whole
 * numbers) and what it means for the office (satisfied, neutral or dissatisfied). The five grades
 * are the default; a questionnaire may use another scale the office configures.
 */
export const GRADE_VERDICTS = ['satisfied', 'neutral', 'dissatisfied'] as const;
export type GradeVerdict = (typeof GRADE_VERDICTS)[number];

export interface Grade {
  label: string;
  points: number;
  verdict: GradeVerdict;
}

export interface Scale {
  /** Stable id: a result is counted per scale and grade, so the id never changes meaning. */
  id: string;
  name: string;
  grades: Grade[];
}

/**
 * 非常满意 / 满意 / 基本满意 / 不满意 / 非常不满意, 20 points apart (100 … 20): the five-grade
 * satisfaction scale. 基本满意 still counts as satisfied: a hotline call-back at 基本满意 closes
 * the entry, as the 12345 service does; 不满意 and 非常不满意 reopen it and count as dissatisfied.
 */
export const FIVE_GRADE_SCALE: Scale = {
  id: 'five',
  name: '五级满意度',
  grades: [
    { label: '非常满意', points: 100, verdict: 'satisfied' },
    { label: '满意', points: 80, verdict: 'satisfied' },
    { label: '基本满意', points: 60, verdict: 'satisfied' },
    { label: '不满意', points: 40, verdict: 'dissatisfied' },
    { label: '非常不满意', points: 20, verdict: 'dissatisfied' },
  ],
};

export const scaleSchema = z
  .object({
    id: z.string().trim().min(1).max(40),
    name: z.string().trim().min(1).max(20),
    grades: z
      .array(
        z.object({
          label: z.string().trim().min(1).max(10),
          points: z.number().int().min(0).max(100),
          verdict: z.enum(GRADE_VERDICTS),
        }),
      )
      .min(2)
      .max(9),
  })
  .superRefine((scale, ctx) => {
    // Keyed entry types the grade's position (1 = best): best first, so points never rise.
    scale.grades.forEach((g, i) => {
      if (i > 0 && g.points > scale.grades[i - 1].points)
        ctx.addIssue({ code: 'custom', path: ['grades', i, 'points'], message: 'evaluation.rules.scale-points-rise' });
    });
    if (new Set(scale.grades.map((g) => g.label)).size !== scale.grades.length)
      ctx.addIssue({ code: 'custom', path: ['grades'], message: 'evaluation.rules.scale-label-twice' });
  });

/** The grade a rating gives (0 = best), or a RangeError for one the scale does not have. */
export function gradeOf(scale: Scale, index: number): Grade {
  const grade = scale.grades[index];
  if (!Number.isInteger(index) || !grade) throw new RangeError(`grade ${index} not on scale ${scale.id}`);
  return grade;
}

export function isSatisfied(scale: Scale, index: number): boolean {
  return gradeOf(scale, index).verdict === 'satisfied';
}

/** How a scale scores, as the Results page and the 通报 state it: 非常满意100分、满意80分、… */
export function scaleFormulaText(scale: Scale): string {
  return scale.grades.map((g) => `${g.label}${g.points}分`).join('、');
}
