import type { SecrecyLevel } from '../../../core/common/secrecy';

/**
 * What a paper questionnaire asks, as System 4 hands it to the paper side (issue 19): enough to lay
 * out, print and later read one version of a questionnaire. Texts arrive already translated; ids are
 * System 4's, and come back in what a scan reads.
 */
export interface PaperFormDefinition {
  questionnaireId: string;
  /** The questionnaire's version: a return keeps the version it answered (issue 14 item 3). */
  version: number;
  title: string;
  secrecy: SecrecyLevel;
  /** 保密期限, printed 秘密★1年 */
  secrecyTerm?: string;
  /** 填表说明, one paragraph each; the reading rules (tick, fill, correct) are added by the layout. */
  instructions: string[];
  sections: PaperSection[];
}

export interface PaperSection {
  title: string;
  items: PaperItem[];
}

export interface PaperChoice {
  id: string;
  label: string;
}

/** 五级评价: one item rated on a scale (非常满意 … 非常不满意 unless configured). */
export interface GradesItem {
  kind: 'grades';
  id: string;
  text: string;
  grades: PaperChoice[];
}

/** A matrix of evaluated units × content items, each cell rated on the scale. */
export interface MatrixItem {
  kind: 'matrix';
  id: string;
  text: string;
  units: PaperChoice[];
  contents: PaperChoice[];
  grades: PaperChoice[];
}

export interface ChoiceItem {
  kind: 'single' | 'multiple';
  id: string;
  text: string;
  options: PaperChoice[];
  /** Multiple choice: at most this many (printed 最多选N项). */
  maxChoices?: number;
}

/** Free text: kept as an image of its area, never read as text. */
export interface TextItem {
  kind: 'text';
  id: string;
  text: string;
  /** Handwriting lines of 9 mm. */
  lines: number;
}

export type PaperItem = GradesItem | MatrixItem | ChoiceItem | TextItem;

/** The five grades of SPEC System 4, as ids; their labels come from the questionnaire. */
export const FIVE_GRADE_IDS = ['verySatisfied', 'satisfied', 'fair', 'dissatisfied', 'veryDissatisfied'] as const;
