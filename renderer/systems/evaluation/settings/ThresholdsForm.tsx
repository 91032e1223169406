import { useEffect } from 'react';
import { Button, Group, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_THRESHOLDS,
  thresholdSettingsSchema,
  type ThresholdSettings,
} from '../../../../shared/systems/evaluation';
import { ErrorAlert } from '../../../core/ui/ErrorAlert';
import { useActionError } from '../../../core/ui/useActionError';
import { zodValidate } from '../../../core/ui/zodValidate';
import { evaluationSettingsRepo } from '../data/evaluationSettingsRepo';

/** 通报提醒 thresholds and the rectification term in working days. */
export function ThresholdsForm() {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const form = useForm<ThresholdSettings>({
    initialValues: DEFAULT_THRESHOLDS,
    validate: zodValidate(thresholdSettingsSchema, t),
  });
  useEffect(() => {
    void evaluationSettingsRepo.thresholds().then((v) => form.setValues(v));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const submit = form.onSubmit((values) =>
    run(async () => {
      await evaluationSettingsRepo.saveThresholds(values);
      notifications.show({ color: 'green', message: t('evaluation.settings.saved') });
    }),
  );
  return (
    <form onSubmit={submit}>
      <Stack>
        <ErrorAlert error={error} />
        <SimpleGrid cols={4}>
          {(['minScore', 'minRatings', 'maxDissatisfied', 'rectificationWorkingDays'] as const).map((field) => (
            <NumberInput key={field} label={t(`evaluation.settings.${field}`)} min={1} {...form.getInputProps(field)} />
          ))}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit">{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
