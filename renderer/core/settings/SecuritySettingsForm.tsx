import { useEffect } from 'react';
import { Button, Group, NumberInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_SECURITY_SETTINGS,
  type SecuritySettings,
  securitySettingsSchema,
} from '../../../shared/core/office/office';
import { settingsRepo } from '../data/settingsRepo';
import { zodValidate } from '../ui/zodValidate';
import { useSaveAction } from './useSaveAction';

export function SecuritySettingsForm() {
  const { t } = useTranslation();
  const save = useSaveAction();
  const form = useForm<SecuritySettings>({
    initialValues: DEFAULT_SECURITY_SETTINGS,
    validate: zodValidate(securitySettingsSchema, t),
  });

  useEffect(() => {
    void settingsRepo.security().then((value) => form.setValues(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <form onSubmit={form.onSubmit((values) => void save(() => settingsRepo.saveSecurity(values)))}>
      <Group align="flex-end">
        <NumberInput
          label={t('common.fields.idleLockMinutes')}
          description={t('settings.security.idleHint')}
          suffix={t('settings.security.minutes')}
          min={1}
          max={240}
          w={260}
          {...form.getInputProps('idleLockMinutes')}
        />
        <Button type="submit">{t('common.save')}</Button>
      </Group>
    </form>
  );
}
