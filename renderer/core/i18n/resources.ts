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

export const LANGUAGE_STORAGE_KEY = 'workbench.language';

/** The interface language chosen last (a preference, not a record); Chinese until one is chosen. */
export function storedLanguage(): Language {
  const value = typeof localStorage !== 'undefined' ? localStorage.getItem(LANGUAGE_STORAGE_KEY) : null;
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : 'zh-CN';
}

/**
 * Starts fetching the stored language's core texts before the app's scripts have finished
 * evaluating (renderer/app/early.ts): initI18n's import of the same chunk then finds it on its way.
 */
export function prefetchCoreTexts(): void {
  CORE_TEXTS[storedLanguage()]().catch(() => undefined);
}
