import 'i18next';
import type { zhCN } from './resources';

// Keys are typed from the zh-CN resources: a missing key is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
