import type { LocalDate } from '../../core/common/localDate';
import { addWorkingDays, type WorkingCalendar } from '../../core/calendar';
import { chineseDate } from '../../core/documents/format';
import type { SecrecyLevel } from '../../core/common/secrecy';
import type { ContentId } from './contentItems';
import type { PeriodKey } from './period';
import { periodText } from './period';
import type { FlagReason } from './thresholds';
import { tenthsText } from './tally';

/**
 * 通报提醒 and 限期整改 (S4-5.3): a flagged unit gets a numbered reminder notice with a deadline of
 * so many working days (15 by default, counted on the official calendar), and the rectification is
 * tracked as a supervision item until verified done. The reminder and the item link to each other.
 */
export interface Reminder {
  id: string;
  unitId: string;
  contentId: ContentId | null;
  period: PeriodKey;
  reasons: FlagReason[];
  /** The figures the notice quotes, as they stood when it was issued. */
  n: number;
  scoreTenths: number | null;
  satisfiedRateTenths: number | null;
  dissatisfied: number;
  issuedOn: LocalDate;
  workingDays: number;
  dueOn: LocalDate;
  /** Years the deadline crossed that the calendar did not know (counted Monday to Friday). */
  assumedYears: number[];
  secrecy: SecrecyLevel;
  documentId: string;
  number: string;
  /** The supervision item tracking the rectification. */
  itemId: string;
  /** `${unitId}|${period}|${contentId ?? '*'}`: one reminder per flag. */
  flagKey: string;
  createdBy: string;
  isSample: 0 | 1;
}

export function flagKeyOf(unitId: string, period: PeriodKey, contentId: ContentId | null): string {
  return `${unitId}|${period}|${contentId ?? '*'}`;
}

export function rectificationDeadline(
  calendar: WorkingCalendar,
  issuedOn: LocalDate,
  workingDays: number,
): { dueOn: LocalDate; assumedYears: number[] } {
  const { date, assumedYears } = addWorkingDays(calendar, issuedOn, workingDays);
  return { dueOn: date, assumedYears };
}

/**
 * The supervision item's 督办事项 and 督办要求 (within the 督办通知单's 60 and 108 characters): the
 * matter names the period and what was found; the requirement the deadline and the evidence.
 */
export function rectificationMatter(
  r: Pick<Reminder, 'period' | 'scoreTenths' | 'dissatisfied'>,
  contentName: string | null,
): {
  matter: string;
  requirement: string;
} {
  const what = contentName ? `${contentName}方面` : '';
  const figures = r.scoreTenths !== null ? `综合得分${tenthsText(r.scoreTenths)}分` : `不满意评价${r.dissatisfied}人次`;
  return {
    matter: `整改${periodText(r.period)}服务对象评价${what}反映的突出问题（${figures}）`,
    requirement: '对照通报提醒查摆问题、制定措施、限期整改，书面报送整改情况并附证明材料。',
  };
}

/** 整改时限 as the notice prints it. */
export function deadlineText(r: Pick<Reminder, 'dueOn' | 'workingDays'>): string {
  return `${chineseDate(r.dueOn)}前（${r.workingDays}个工作日内）`;
}
