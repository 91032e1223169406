import { CORE_TEXTS, type Language } from '../../renderer/core/i18n/resources';
import { SYSTEMS } from '../../renderer/app/systems';

/** The texts of one language as the app assembles them: the core's and every system's namespaces. */
export async function allTexts(language: Language): Promise<Record<string, unknown>> {
  const parts = await Promise.all([CORE_TEXTS[language](), ...SYSTEMS.map((s) => s.texts[language]())]);
  return Object.assign({}, ...parts) as Record<string, unknown>;
}

export const zhCN = await allTexts('zh-CN');
export const en = await allTexts('en');
