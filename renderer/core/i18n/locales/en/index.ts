import about from './about.json';
import audit from './audit.json';
import auth from './auth.json';
import common from './common.json';
import documents from './documents.json';
import errors from './errors.json';
import settings from './settings.json';
import search from './search.json';
import shell from './shell.json';
import today from './today.json';

import type zh from '../zh-CN';

/** The core's texts in English: the same keys as Chinese (a missing one is a type error). */
const texts: typeof zh = {
  common,
  errors,
  shell,
  auth,
  settings,
  audit,
  documents,
  search,
  about,
  today,
};

export default texts;
