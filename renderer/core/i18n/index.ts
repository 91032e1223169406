import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { installedSystems } from '../plugin/installed';
import { coreTexts, LANGUAGE_STORAGE_KEY, LANGUAGES, type Language, storedLanguage } from './resources';

export { storedLanguage };

/** Texts already added per language and part, so each chunk is fetched once. */
const loading = new Map<string, Promise<void>>();

function addTexts(language: Language, part: string, load: () => Promise<object>): Promise<void> {
  const key = `${language}|${part}`;
  let done = loading.get(key);
  if (!done) {
    done = load().then((texts) => {
      i18next.addResourceBundle(language, 'translation', texts, true, true);
    });
    // A failed load may be tried again (the next render asks anew).
    done.catch(() => loading.delete(key));
    loading.set(key, done);
  }
  return done;
}

/** The core's texts: all the sign-in screen and the start-up pages need. */
function loadCoreTexts(language: Language): Promise<void> {
  return addTexts(language, 'core', () => coreTexts(language));
}

/** Every installed system's texts, for the signed-in app. */
export async function loadSystemTexts(language: Language = currentLanguage()): Promise<void> {
  await Promise.all(installedSystems().map((s) => addTexts(language, s.id, s.texts[language])));
}

let systemsWanted = false;

/** Suspends the signed-in app until the systems' texts of the interface language are there. */
export function systemTextsReady(): Promise<void> {
  systemsWanted = true;
  return loadSystemTexts();
}

export function currentLanguage(): Language {
  return (LANGUAGES as readonly string[]).includes(i18next.language) ? (i18next.language as Language) : 'zh-CN';
}

export async function initI18n(language: Language = storedLanguage()): Promise<typeof i18next> {
  if (!i18next.isInitialized)
    await i18next.use(initReactI18next).init({
      resources: {},
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  await loadCoreTexts(language);
  if (i18next.language !== language) await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  return i18next;
}

/** The choice persists across restarts (a preference, not a record). */
export async function changeLanguage(language: Language): Promise<void> {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  await loadCoreTexts(language);
  if (systemsWanted) await loadSystemTexts(language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}
