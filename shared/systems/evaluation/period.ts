import type { LocalDate } from '../../core/common/localDate';

/** Results are read per month, quarter or year (S4-5.2: satisfaction over time). */
export const GRANULARITIES = ['month', 'quarter', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** 2026-03 (month), 2026-Q1 (quarter), 2026 (year): keys that sort in time order within a kind. */
export type PeriodKey = string;

export function monthOf(date: LocalDate): string {
  return date.slice(0, 7);
}

export function periodOf(date: LocalDate, granularity: Granularity): PeriodKey {
  const year = date.slice(0, 4);
  if (granularity === 'year') return year;
  const month = Number(date.slice(5, 7));
  if (granularity === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return date.slice(0, 7);
}

/** The months (YYYY-MM) a period covers, in order. */
export function monthsOf(period: PeriodKey): string[] {
  const year = period.slice(0, 4);
  const q = /^\d{4}-Q([1-4])$/.exec(period);
  const first = q ? (Number(q[1]) - 1) * 3 + 1 : period.length === 4 ? 1 : Number(period.slice(5, 7));
  const count = q ? 3 : period.length === 4 ? 12 : 1;
  return Array.from({ length: count }, (_, i) => `${year}-${String(first + i).padStart(2, '0')}`);
}

/** The periods of one kind in a year, in order. */
export function periodsOfYear(year: number, granularity: Granularity): PeriodKey[] {
  if (granularity === 'year') return [String(year)];
  if (granularity === 'quarter') return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** First and last day of a period, for lists and for the 通报's 评价期间. */
export function periodRange(period: PeriodKey): { from: LocalDate; to: LocalDate } {
  const months = monthsOf(period);
  const last = months[months.length - 1];
  const [y, m] = last.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${months[0]}-01`, to: `${last}-${String(lastDay).padStart(2, '0')}` };
}

/** 2026年第一季度 / 2026年3月 / 2026年度: how a document names the period. */
export function periodText(period: PeriodKey): string {
  const year = period.slice(0, 4);
  const q = /^\d{4}-Q([1-4])$/.exec(period);
  if (q) return `${year}年第${'一二三四'[Number(q[1]) - 1]}季度`;
  if (period.length === 4) return `${year}年度`;
  return `${year}年${Number(period.slice(5, 7))}月`;
}
