/**
 * 全国年节及纪念日放假安排 as the State Council's General Office publishes them each autumn for the
 * next year (国务院办公厅关于 YYYY 年部分节假日安排的通知): the days off (放假调休, weekends inside
 * a holiday included) and the weekend days that are working days instead (调休上班).
 *
 * The app ships the years below; the office enters later years in Settings (工作日历) as each
 * notice comes out. Outside the years it knows, the calendar counts Monday to Friday and says so.
 */
export interface HolidayYear {
  year: number;
  /** The notice the table was taken from, with its number or date. */
  source: string;
  /** Each holiday as the notice gives it: name and the days off, first to last (inclusive). */
  holidays: Array<{ name: string; from: string; to: string }>;
  /** 调休上班: Saturdays and Sundays that are working days. */
  workdays: string[];
}

export const BUILT_IN_HOLIDAY_YEARS: readonly HolidayYear[] = [
  {
    year: 2023,
    source: '国务院办公厅关于2023年部分节假日安排的通知（2022年12月8日）',
    holidays: [
      { name: '元旦', from: '2022-12-31', to: '2023-01-02' },
      { name: '春节', from: '2023-01-21', to: '2023-01-27' },
      { name: '清明节', from: '2023-04-05', to: '2023-04-05' },
      { name: '劳动节', from: '2023-04-29', to: '2023-05-03' },
      { name: '端午节', from: '2023-06-22', to: '2023-06-24' },
      { name: '中秋节、国庆节', from: '2023-09-29', to: '2023-10-06' },
    ],
    workdays: ['2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08'],
  },
  {
    year: 2024,
    source: '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）',
    holidays: [
      { name: '元旦', from: '2024-01-01', to: '2024-01-01' },
      { name: '春节', from: '2024-02-10', to: '2024-02-17' },
      { name: '清明节', from: '2024-04-04', to: '2024-04-06' },
      { name: '劳动节', from: '2024-05-01', to: '2024-05-05' },
      { name: '端午节', from: '2024-06-10', to: '2024-06-10' },
      { name: '中秋节', from: '2024-09-15', to: '2024-09-17' },
      { name: '国庆节', from: '2024-10-01', to: '2024-10-07' },
    ],
    workdays: [
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ],
  },
  {
    year: 2025,
    source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
    holidays: [
      { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
      { name: '春节', from: '2025-01-28', to: '2025-02-04' },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
      { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）',
    holidays: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
      { name: '春节', from: '2026-02-15', to: '2026-02-23' },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];
