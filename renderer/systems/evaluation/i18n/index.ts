import type zhEvaluation from './zh-CN/evaluation.json';
import type { TextLoaders } from '../../../core/manifest';

/** The system's translation namespaces, typed from Chinese (renderer/app/i18next.d.ts joins them). */
export interface EvaluationTexts {
  evaluation: typeof zhEvaluation;
}

/** Each language is its own chunk, loaded when the signed-in app first needs it. */
export const texts: TextLoaders<EvaluationTexts> = {
  'zh-CN': () => import('./zh-CN/evaluation.json').then((m): EvaluationTexts => ({ evaluation: m.default })),
  en: () => import('./en/evaluation.json').then((m): EvaluationTexts => ({ evaluation: m.default })),
};
