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

/** The core's texts in Chinese, the shape every language follows. */
const texts = {
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
