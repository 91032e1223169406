/**
 * System 2's public entry (shared rules): what other systems may use of supervision items — the
 * item model they raise, the 临期/逾期 rule, the texts of a matter. Only from here (lint enforces it).
 */
export {
  CONTENT_CATEGORIES,
  type ContentCategory,
  type NewSupervisionItem,
  type SupervisionItem,
  withIndexKeys,
} from './item';
export { DEFAULT_DEADLINE_SETTINGS, type DeadlineSettings, deadlineBounds } from './deadline';
export { matterText, replyByRule, requirementText } from './itemInput';
