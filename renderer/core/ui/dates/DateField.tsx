import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { dateDisplayFormat, monthLabelFormat, parseTypedDate } from './parseDate';

export type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  /** YYYY-MM-DD, or '' when empty (a form's getInputProps may hand it over as optional). */
  value?: string;
  onChange: (value: string) => void;
};

/**
 * The one date input of the app: shown in the interface language (2026年12月20日 / Dec 20, 2026),
 * typed in any usual form or picked from a calendar whose weeks start on Monday. The value stays
 * YYYY-MM-DD, as the records keep it.
 */
export function DateField({ value, onChange, ...rest }: DateFieldProps) {
  const { i18n } = useTranslation();
  return (
    <DateInput
      valueFormat={dateDisplayFormat(i18n.language)}
      monthLabelFormat={monthLabelFormat(i18n.language)}
      dateParser={parseTypedDate}
      firstDayOfWeek={1}
      {...rest}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
    />
  );
}
