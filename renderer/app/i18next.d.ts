import 'i18next';
import type { CoreTexts } from '../core/i18n/resources';
import type { SYSTEMS } from './systems';

type Intersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;

/** Every installed system's namespaces, typed from its Chinese texts. */
type SystemTexts = Intersection<Awaited<ReturnType<(typeof SYSTEMS)[number]['texts']['zh-CN']>>>;

// Keys are typed from the zh-CN texts of the core and every system: a missing key is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: CoreTexts & SystemTexts };
  }
}
