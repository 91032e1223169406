import { useState } from 'react';
import { Button, Group, NumberInput, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_HOLIDAY_YEARS, holidayYearSchema, type HolidayYear } from '../../../../shared/core/calendar';
import { AppError } from '../../../../shared/core/errors';
import { ErrorAlert } from '../../../core/ui/ErrorAlert';
import { useActionError } from '../../../core/ui/useActionError';
import { evaluationSettingsRepo } from '../data/evaluationSettingsRepo';

/** "国庆节 2027-10-01 2027-10-07" per line → holidays; dates separated by spaces or commas → make-up days. */
function parseYear(year: number, source: string, holidays: string, workdays: string): HolidayYear {
  const parsed = holidayYearSchema.safeParse({
    year,
    source,
    holidays: holidays
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter((p) => p[0])
      .map(([name, from, to]) => ({ name, from: from ?? '', to: to ?? from ?? '' })),
    workdays: workdays.split(/[\s,，、]+/).filter(Boolean),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const rule =
      /^[a-z-]+$/.test(issue.message) && issue.code === 'custom' ? `evaluation.rules.${issue.message}` : issue.code;
    throw new AppError('validation', { field: 'evaluation.settings.holidays', rule });
  }
  return parsed.data;
}

/**
 * 工作日历: the years of the State Council's holiday notices the app knows (shipped, and those the
 * office entered), and the form to enter the next year's notice when it is published.
 */
export function CalendarForm() {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const office = useLiveQuery(() => evaluationSettingsRepo.holidayYears(), []) ?? [];
  const [year, setYear] = useState<number | string>(new Date().getFullYear() + 1);
  const [source, setSource] = useState('');
  const [holidays, setHolidays] = useState('');
  const [workdays, setWorkdays] = useState('');
  const years = new Map<number, { y: HolidayYear; own: boolean }>();
  for (const y of BUILT_IN_HOLIDAY_YEARS) years.set(y.year, { y, own: false });
  for (const y of office) years.set(y.year, { y, own: true });
  const save = () =>
    run(async () => {
      const entered = parseYear(Number(year), source, holidays, workdays);
      await evaluationSettingsRepo.saveHolidayYears([...office.filter((y) => y.year !== entered.year), entered]);
      notifications.show({ color: 'green', message: t('evaluation.settings.yearSaved', { year: entered.year }) });
    });
  return (
    <Stack gap="xs">
      <Text size="sm">{t('evaluation.settings.calendarIntro', { years: [...years.keys()].sort().join('、') })}</Text>
      <Table withTableBorder>
        <Table.Tbody>
          {[...years.values()]
            .sort((a, b) => a.y.year - b.y.year)
            .map(({ y, own }) => (
              <Table.Tr key={y.year}>
                <Table.Td>{y.year}</Table.Td>
                <Table.Td>{y.source}</Table.Td>
                <Table.Td>{own ? t('evaluation.settings.entered') : t('evaluation.settings.shipped')}</Table.Td>
                <Table.Td>
                  {t('evaluation.settings.yearCounts', { holidays: y.holidays.length, workdays: y.workdays.length })}
                </Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      <ErrorAlert error={error} />
      <Group grow align="flex-start">
        <NumberInput label={t('evaluation.settings.year')} min={2000} max={2100} value={year} onChange={setYear} />
        <TextInput
          label={t('evaluation.settings.source')}
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
        />
      </Group>
      <Textarea
        label={t('evaluation.settings.holidays')}
        description={t('evaluation.settings.holidaysHint')}
        autosize
        minRows={3}
        value={holidays}
        onChange={(e) => setHolidays(e.currentTarget.value)}
      />
      <TextInput
        label={t('evaluation.settings.workdays')}
        description={t('evaluation.settings.workdaysHint')}
        value={workdays}
        onChange={(e) => setWorkdays(e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button onClick={() => void save()}>{t('evaluation.settings.saveYear')}</Button>
      </Group>
    </Stack>
  );
}
