import about from './about.json';
import audit from './audit.json';
import auth from './auth.json';
import common from './common.json';
import documents from './documents.json';
import errors from './errors.json';
import settings from './settings.json';
import shell from './shell.json';

/** The core's texts in Chinese, the shape every language follows. */
const texts = {
  common,
  errors,
  shell,
  auth,
  settings,
  audit,
  documents,
  about,
};

export default texts;
