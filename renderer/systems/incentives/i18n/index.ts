import type zhIncentives from './zh-CN/incentives.json';
import type { TextLoaders } from '../../../core/manifest';

/** The system's translation namespaces, typed from Chinese (renderer/app/i18next.d.ts joins them). */
export interface IncentivesTexts {
  incentives: typeof zhIncentives;
}

/** Each language is its own chunk, loaded when the signed-in app first needs it. */
export const texts: TextLoaders<IncentivesTexts> = {
  'zh-CN': () => import('./zh-CN/incentives.json').then((m): IncentivesTexts => ({ incentives: m.default })),
  en: () => import('./en/incentives.json').then((m): IncentivesTexts => ({ incentives: m.default })),
};
