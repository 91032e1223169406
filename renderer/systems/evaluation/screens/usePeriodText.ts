import { useTranslation } from 'react-i18next';
import { periodText, type PeriodKey } from '../../../../shared/systems/evaluation';

/**
 * A period as the interface language writes it: 2026年第四季度 / 2026年3月 / 2026年度 in Chinese (as the
 * documents do), Q4 2026 / March 2026 / 2026 in English.
 */
export function usePeriodText(): (period: PeriodKey) => string {
  const { i18n } = useTranslation();
  if (i18n.language.startsWith('zh')) return periodText;
  return (period) => {
    const year = period.slice(0, 4);
    const quarter = /^\d{4}-Q([1-4])$/.exec(period);
    if (quarter) return `Q${quarter[1]} ${year}`;
    if (period.length === 4) return year;
    const month = new Date(Date.UTC(Number(year), Number(period.slice(5, 7)) - 1, 1));
    return new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(month);
  };
}
