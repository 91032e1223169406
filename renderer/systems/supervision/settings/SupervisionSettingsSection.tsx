import { useEffect } from 'react';
import { Button, Group, NumberInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_DEADLINE_SETTINGS,
  type DeadlineSettings,
  deadlineSettingsSchema,
} from '../../../../shared/systems/supervision/deadline';
import { supervisionSettingsRepo } from '../data/supervisionSettingsRepo';
import { useErrorText } from '../../../core/ui/useErrorText';
import { zodValidate } from '../../../core/ui/zodValidate';

/** Settings → 督查抽查: the 临期 threshold and the default term; every count and list follows them. */
export function SupervisionSettingsSection() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<DeadlineSettings>({
    initialValues: DEFAULT_DEADLINE_SETTINGS,
    validate: zodValidate(deadlineSettingsSchema, t),
  });
  useEffect(() => {
    void supervisionSettingsRepo.deadlines().then((value) => form.setValues(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const save = form.onSubmit(async (values) => {
    try {
      await supervisionSettingsRepo.saveDeadlines(values);
      notifications.show({ color: 'green', message: t('common.saved') });
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e), autoClose: false });
    }
  });
  return (
    <form onSubmit={save}>
      <Group align="flex-end">
        <NumberInput
          label={t('supervision.settings.dueSoonDays')}
          description={t('supervision.settings.dueSoonHint')}
          suffix={t('supervision.settings.days')}
          min={1}
          max={60}
          w={260}
          {...form.getInputProps('dueSoonDays')}
        />
        <NumberInput
          label={t('supervision.settings.defaultTermDays')}
          description={t('supervision.settings.defaultTermHint')}
          suffix={t('supervision.settings.days')}
          min={1}
          max={365}
          w={260}
          {...form.getInputProps('defaultTermDays')}
        />
        <Button type="submit">{t('common.save')}</Button>
      </Group>
    </form>
  );
}
