import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CalendarForm } from './CalendarForm';
import { SubItemsForm } from './SubItemsForm';
import { ThresholdsForm } from './ThresholdsForm';

/** Settings → 服务对象评价: thresholds, content sub-items, and the working-day calendar. */
export function EvaluationSettingsSection() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={5}>{t('evaluation.settings.thresholds')}</Title>
      <ThresholdsForm />
      <Title order={5}>{t('evaluation.settings.subItems')}</Title>
      <SubItemsForm />
      <Title order={5}>{t('evaluation.settings.calendar')}</Title>
      <CalendarForm />
    </Stack>
  );
}
