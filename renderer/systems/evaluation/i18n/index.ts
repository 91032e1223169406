import type zhEvaluation from './zh-CN/evaluation.json';
import type zhScan from '../scan/i18n/zh-CN.json';
import type { TextLoaders } from '../../../core/manifest';

/** The system's translation namespaces, typed from Chinese (renderer/app/i18next.d.ts joins them). */
export interface EvaluationTexts {
  evaluation: typeof zhEvaluation;
  /** Returns read from scans (issue 19), kept beside the scan screens. */
  evaluationScan: typeof zhScan;
}

/** Each language is its own chunk, loaded when the signed-in app first needs it. */
export const texts: TextLoaders<EvaluationTexts> = {
  'zh-CN': () =>
    Promise.all([import('./zh-CN/evaluation.json'), import('../scan/i18n/zh-CN.json')]).then(
      ([m, s]): EvaluationTexts => ({ evaluation: m.default, evaluationScan: s.default }),
    ),
  en: () =>
    Promise.all([import('./en/evaluation.json'), import('../scan/i18n/en.json')]).then(([m, s]): EvaluationTexts => ({
      evaluation: m.default,
      evaluationScan: s.default,
    })),
};
