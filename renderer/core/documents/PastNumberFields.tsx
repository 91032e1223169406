import { Group, NumberInput, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../ui/dates/DateField';

/** 补录: the original 发文字号 (year and number) and 成文日期 of a document issued before the app. */
export interface PastNumber {
  isPast: boolean;
  year: number | '';
  sequence: number | '';
  issuedOn: string;
}

export const NO_PAST_NUMBER: PastNumber = { isPast: false, year: '', sequence: '', issuedOn: '' };

export function PastNumberFields({
  value,
  onChange,
  prefix,
  today,
}: {
  value: PastNumber;
  onChange: (value: PastNumber) => void;
  prefix: string;
  today: string;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<PastNumber>) => onChange({ ...value, ...patch });
  return (
    <>
      <Switch
        label={t('documents.backfill.toggle')}
        checked={value.isPast}
        onChange={(e) => set({ isPast: e.currentTarget.checked })}
      />
      {value.isPast && (
        <>
          <Text size="sm" c="dimmed">
            {t('documents.backfill.hint')}
          </Text>
          <Group grow align="flex-start">
            <NumberInput
              label={t('documents.backfill.year')}
              withAsterisk
              min={1949}
              max={Number(today.slice(0, 4))}
              allowDecimal={false}
              value={value.year}
              onChange={(v) => set({ year: v === '' ? '' : Number(v) })}
            />
            <NumberInput
              label={t('documents.backfill.sequence')}
              description={value.year && value.sequence ? `${prefix}〔${value.year}〕${value.sequence}号` : undefined}
              withAsterisk
              min={1}
              allowDecimal={false}
              value={value.sequence}
              onChange={(v) => set({ sequence: v === '' ? '' : Number(v) })}
            />
            <DateField
              label={t('documents.backfill.issuedOn')}
              withAsterisk
              maxDate={today}
              value={value.issuedOn}
              onChange={(issuedOn) => set({ issuedOn })}
            />
          </Group>
        </>
      )}
    </>
  );
}
