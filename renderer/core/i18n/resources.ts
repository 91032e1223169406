import zhCommon from './locales/zh-CN/common.json';
import zhErrors from './locales/zh-CN/errors.json';
import zhShell from './locales/zh-CN/shell.json';
import zhAuth from './locales/zh-CN/auth.json';
import zhRegistry from '../../systems/registry/i18n/zh-CN/registry.json';
import zhSettings from './locales/zh-CN/settings.json';
import zhAudit from './locales/zh-CN/audit.json';
import zhPeople from '../../systems/registry/i18n/zh-CN/people.json';
import zhDocuments from './locales/zh-CN/documents.json';
import zhDashboard from './locales/zh-CN/dashboard.json';
import zhMeetings from '../../systems/meetings/i18n/zh-CN/meetings.json';
import zhSupervision from '../../systems/supervision/i18n/zh-CN/supervision.json';
import zhSearch from './locales/zh-CN/search.json';
import enCommon from './locales/en/common.json';
import enErrors from './locales/en/errors.json';
import enShell from './locales/en/shell.json';
import enAuth from './locales/en/auth.json';
import enRegistry from '../../systems/registry/i18n/en/registry.json';
import enSettings from './locales/en/settings.json';
import enAudit from './locales/en/audit.json';
import enPeople from '../../systems/registry/i18n/en/people.json';
import enDocuments from './locales/en/documents.json';
import enDashboard from './locales/en/dashboard.json';
import enMeetings from '../../systems/meetings/i18n/en/meetings.json';
import enSupervision from '../../systems/supervision/i18n/en/supervision.json';
import enSearch from './locales/en/search.json';

/** One namespace, keyed `<feature>.<area>.<item>`; one JSON file per feature and language. */
export const zhCN = {
  common: zhCommon,
  errors: zhErrors,
  shell: zhShell,
  auth: zhAuth,
  registry: zhRegistry,
  people: zhPeople,
  documents: zhDocuments,
  settings: zhSettings,
  audit: zhAudit,
  dashboard: zhDashboard,
  meetings: zhMeetings,
  supervision: zhSupervision,
  search: zhSearch,
};

export const en: typeof zhCN = {
  common: enCommon,
  errors: enErrors,
  shell: enShell,
  auth: enAuth,
  registry: enRegistry,
  people: enPeople,
  documents: enDocuments,
  settings: enSettings,
  audit: enAudit,
  dashboard: enDashboard,
  meetings: enMeetings,
  supervision: enSupervision,
  search: enSearch,
};

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
