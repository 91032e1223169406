import {
  DEFAULT_DEADLINE_SETTINGS,
  type DeadlineSettings,
  deadlineSettingsSchema,
} from '../../../../shared/systems/supervision/deadline';
import { getSetting, putSetting } from '../../../core/data/settingsRepo';
import { read } from '../../../core/data/write';

/** System 2's thresholds (临期 days, default term): one setting, read by every count and list. */
export const supervisionSettingsRepo = {
  deadlines: (): Promise<DeadlineSettings> =>
    read(() => getSetting('supervision.deadlines', deadlineSettingsSchema, DEFAULT_DEADLINE_SETTINGS)),
  saveDeadlines: (value: DeadlineSettings) => putSetting('supervision.deadlines', deadlineSettingsSchema, value),
};
