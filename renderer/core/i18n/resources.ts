import type zhTexts from './locales/zh-CN';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The core's namespaces (common, errors, shell, auth, settings, audit, documents). */
export type CoreTexts = typeof zhTexts;

/**
 * Each language is its own chunk, loaded when chosen: the sign-in screen's script holds neither.
 * Systems bring their own texts through their manifests (renderer/core/manifest).
 */
export const CORE_TEXTS: Record<Language, () => Promise<CoreTexts>> = {
  'zh-CN': () => import('./locales/zh-CN').then((m) => m.default),
  en: () => import('./locales/en').then((m) => m.default),
};
