/** China's official working-day calendar (holidays and make-up working days), pure. */
export { BUILT_IN_HOLIDAY_YEARS, type HolidayYear } from './holidayTable';
export {
  addWorkingDays,
  isWeekend,
  weekdayOf,
  workingCalendar,
  workingDaysBetween,
  type WorkingCalendar,
  type WorkingDaysResult,
} from './workingDays';
export { holidayYearSchema, holidayYearsSchema, type HolidayYearInput } from './holidayYearSchema';
