import { z } from 'zod';
import {
  holidayYearsSchema,
  workingCalendar,
  type HolidayYear,
  type WorkingCalendar,
} from '../../../../shared/core/calendar';
import {
  CONTENT_ITEMS,
  DEFAULT_THRESHOLDS,
  FIVE_GRADE_SCALE,
  scaleSchema,
  thresholdSettingsSchema,
  type ContentSubItem,
  type Scale,
  type ThresholdSettings,
} from '../../../../shared/systems/evaluation';
import { AppError } from '../../../../shared/core/errors';
import { getSetting, putSetting } from '../../../core/data/settingsRepo';
import { read } from '../../../core/data/write';

const subItemsSchema = z
  .array(
    z.object({
      id: z.string().min(1),
      parent: z.enum(CONTENT_ITEMS),
      name: z.string().trim().min(1).max(20),
      isActive: z.union([z.literal(0), z.literal(1)]),
    }),
  )
  .max(60)
  .refine((items) => new Set(items.map((i) => i.id)).size === items.length, {
    message: 'evaluation.rules.sub-item-twice',
  });

const scalesSchema = z.array(scaleSchema).max(20);

const KEYS = {
  thresholds: 'evaluation.thresholds',
  subItems: 'evaluation.subItems',
  scales: 'evaluation.scales',
  /** The core calendar's years the office entered (工作日历), read by every working-day count. */
  holidayYears: 'calendar.holidayYears',
} as const;

/** System 4's settings, and the office's years of the official working-day calendar. */
export const evaluationSettingsRepo = {
  thresholds: (): Promise<ThresholdSettings> =>
    read(() => getSetting(KEYS.thresholds, thresholdSettingsSchema, DEFAULT_THRESHOLDS)),
  saveThresholds: (value: ThresholdSettings) => putSetting(KEYS.thresholds, thresholdSettingsSchema, value),

  /** 评价内容子项 the office added under the seed's three items; retired ones stay for old ratings. */
  subItems: (): Promise<ContentSubItem[]> => read(() => getSetting(KEYS.subItems, subItemsSchema, [])),
  saveSubItems: (value: ContentSubItem[]) => putSetting(KEYS.subItems, subItemsSchema, value),

  /** The five grades, then the scales the office configured for questionnaires. */
  scales: (): Promise<Scale[]> =>
    read(async () => [FIVE_GRADE_SCALE, ...(await getSetting(KEYS.scales, scalesSchema, []))]),
  /** A scale keeps its id forever: results are counted per scale and grade. */
  saveScales: async (value: Scale[]) => {
    if (value.some((s) => s.id === FIVE_GRADE_SCALE.id))
      throw new AppError('validation', {
        field: 'evaluation.fields.scales',
        rule: 'evaluation.rules.scale-id-reserved',
      });
    return putSetting(KEYS.scales, scalesSchema, value);
  },

  holidayYears: (): Promise<HolidayYear[]> => read(() => getSetting(KEYS.holidayYears, holidayYearsSchema, [])),
  saveHolidayYears: (value: HolidayYear[]) => putSetting(KEYS.holidayYears, holidayYearsSchema, value),
  calendar: async (): Promise<WorkingCalendar> => workingCalendar(await evaluationSettingsRepo.holidayYears()),
};
