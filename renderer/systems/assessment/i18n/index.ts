import type zhAssessment from './zh-CN/assessment.json';
import type { TextLoaders } from '../../../core/manifest';

/** The annual assessment's translation namespace, typed from Chinese (renderer/app/i18next.d.ts joins them). */
export interface AssessmentTexts {
  assessment: typeof zhAssessment;
}

/** Each language is its own chunk, loaded when the signed-in app first needs it. */
export const texts: TextLoaders<AssessmentTexts> = {
  'zh-CN': () => import('./zh-CN/assessment.json').then((m): AssessmentTexts => ({ assessment: m.default })),
  en: () => import('./en/assessment.json').then((m): AssessmentTexts => ({ assessment: m.default })),
};
