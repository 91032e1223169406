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

interface EarlyTexts {
  language: string;
  module: Promise<{ default: CoreTexts }>;
}

/** The texts of the page's first script (scripts/earlyStart.mjs, in a build), taken once. */
function fromEarlyScript(language: Language): Promise<CoreTexts> | null {
  const early = (globalThis as { workbenchEarly?: { texts?: EarlyTexts } }).workbenchEarly;
  const texts = early?.texts;
  if (!early || !texts) return null;
  delete early.texts;
  return texts.language === language ? texts.module.then((m) => m.default) : null;
}

let prefetched: { language: Language; texts: Promise<CoreTexts> } | null = null;

/**
 * Takes the stored language's core texts the page's first script is importing (a build; in the dev
 * server the import starts here), before the app's scripts have finished evaluating
 * (renderer/app/early.ts): initI18n then finds them evaluated.
 */
export function prefetchCoreTexts(): void {
  const language = storedLanguage();
  const texts = fromEarlyScript(language) ?? CORE_TEXTS[language]();
  texts.catch(() => undefined);
  prefetched = { language, texts };
}

/** The core texts of `language`: the prefetched ones once (unless they failed), else an import of its chunk. */
export function coreTexts(language: Language): Promise<CoreTexts> {
  const early = prefetched;
  prefetched = null;
  if (!early || early.language !== language) return CORE_TEXTS[language]();
  return early.texts.catch(() => CORE_TEXTS[language]());
}
