import { useEffect, useState } from 'react';
import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { dateDisplayFormat, monthLabelFormat, parseTypedDate } from './parseDate';

export type DateFieldProps = Omit<TextInputProps, 'value' | 'onChange'> & {
  /** YYYY-MM-DD, or '' when empty (a form's getInputProps may hand it over as optional). */
  value?: string;
  onChange: (value: string) => void;
  /**
   * Days outside these are greyed in the calendar; a typed one is left to the form's check to refuse, with its reason.
   */
  minDate?: string;
  maxDate?: string;
};

/**
 * The one date input of the app: shown in the interface language (2026年12月20日 / Dec 20, 2026),
 * typed in any usual form, or picked from a calendar opened by its button (weeks from Monday). Typing
 * opens nothing over the form's other fields and buttons. The value stays YYYY-MM-DD, as records keep it.
 */
export function DateField({ value = '', onChange, minDate, maxDate, onFocus, onBlur, ...rest }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language.startsWith('zh') ? 'zh-cn' : 'en';
  const shown = (iso: string) => (iso ? dayjs(iso).locale(locale).format(dateDisplayFormat(i18n.language)) : '');
  const [text, setText] = useState(() => shown(value));
  const [typing, setTyping] = useState(false);
  const [picking, setPicking] = useState(false);
  useEffect(() => {
    if (!typing) setText(shown(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- shown() follows the language
  }, [value, typing, i18n.language]);
  const pick = (
    <Popover opened={picking} onChange={setPicking} position="bottom-end" shadow="md" trapFocus>
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('common.pickDate')}
          onClick={() => setPicking((o) => !o)}
        >
          <IconCalendar size={16} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <DatePicker
          value={value || null}
          defaultDate={value || maxDate || undefined}
          minDate={minDate}
          maxDate={maxDate}
          firstDayOfWeek={1}
          monthLabelFormat={monthLabelFormat(i18n.language)}
          onChange={(picked) => {
            onChange(picked ?? '');
            setPicking(false);
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
  return (
    <TextInput
      {...rest}
      value={text}
      rightSection={pick}
      onFocus={(e) => {
        setTyping(true);
        onFocus?.(e);
      }}
      onChange={(e) => {
        const typed = e.currentTarget.value;
        setText(typed);
        if (typed.trim() === '') onChange('');
        else {
          const iso = parseTypedDate(typed);
          if (iso) onChange(iso);
        }
      }}
      onBlur={(e) => {
        setTyping(false);
        onBlur?.(e);
      }}
    />
  );
}
