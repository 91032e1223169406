import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, LANGUAGES, type Language, zhCN } from './resources';

const STORAGE_KEY = 'workbench.language';

export function storedLanguage(): Language {
  const value = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : 'zh-CN';
}

export async function initI18n(language: Language = storedLanguage()): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

/** The choice persists across restarts (a preference, not a record). */
export async function changeLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}
