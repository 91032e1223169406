import type zhSupervision from './zh-CN/supervision.json';
import type { TextLoaders } from '../../../core/manifest';

/** The system's translation namespaces, typed from Chinese (renderer/app/i18next.d.ts joins them). */
export interface SupervisionTexts {
  supervision: typeof zhSupervision;
}

/** Each language is its own chunk, loaded when the signed-in app first needs it. */
export const texts: TextLoaders<SupervisionTexts> = {
  'zh-CN': () => import('./zh-CN/supervision.json').then((m): SupervisionTexts => ({ supervision: m.default })),
  en: () => import('./en/supervision.json').then((m): SupervisionTexts => ({ supervision: m.default })),
};
