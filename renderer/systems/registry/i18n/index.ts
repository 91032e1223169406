import type zhRegistry from './zh-CN/registry.json';
import type zhPeople from './zh-CN/people.json';
import type { TextLoaders } from '../../../core/manifest';

/** The system's translation namespaces, typed from Chinese (renderer/app/i18next.d.ts joins them). */
export interface RegistryTexts {
  registry: typeof zhRegistry;
  people: typeof zhPeople;
}

/** Each language is its own chunk, loaded when the signed-in app first needs it. */
export const texts: TextLoaders<RegistryTexts> = {
  'zh-CN': async (): Promise<RegistryTexts> => {
    const [registry, people] = await Promise.all([
      import('./zh-CN/registry.json').then((m) => m.default),
      import('./zh-CN/people.json').then((m) => m.default),
    ]);
    return { registry, people };
  },
  en: async (): Promise<RegistryTexts> => {
    const [registry, people] = await Promise.all([
      import('./en/registry.json').then((m) => m.default),
      import('./en/people.json').then((m) => m.default),
    ]);
    return { registry, people };
  },
};
