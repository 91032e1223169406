import type zhMeetings from './zh-CN/meetings.json';
import type { TextLoaders } from '../../../core/manifest';

/** The system's translation namespaces, typed from Chinese (renderer/app/i18next.d.ts joins them). */
export interface MeetingsTexts {
  meetings: typeof zhMeetings;
}

/** Each language is its own chunk, loaded when the signed-in app first needs it. */
export const texts: TextLoaders<MeetingsTexts> = {
  'zh-CN': () => import('./zh-CN/meetings.json').then((m): MeetingsTexts => ({ meetings: m.default })),
  en: () => import('./en/meetings.json').then((m): MeetingsTexts => ({ meetings: m.default })),
};
