import { useEffect } from 'react';
import { Alert, Button, Group, NumberInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_SECURITY_SETTINGS,
  type SecuritySettings,
  securitySettingsSchema,
} from '../../../shared/core/office/office';
import { settingsRepo } from '../data/settingsRepo';
import { getSession } from '../data/session';
import { zodValidate } from '../ui/zodValidate';
import { useSaveAction } from './useSaveAction';

export function SecuritySettingsForm() {
  const { t } = useTranslation();
  const save = useSaveAction();
  const isAdmin = getSession()?.isAdmin ?? false;
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
      {!isAdmin && (
        <Alert color="gray" mb="sm">
          {t('settings.security.adminOnly')}
        </Alert>
      )}
      <Group align="flex-end">
        <NumberInput
          disabled={!isAdmin}
          label={t('common.fields.idleLockMinutes')}
          description={t('settings.security.idleHint')}
          suffix={t('settings.security.minutes')}
          min={1}
          max={240}
          w={260}
          {...form.getInputProps('idleLockMinutes')}
        />
        <Button type="submit" disabled={!isAdmin}>
          {t('common.save')}
        </Button>
      </Group>
    </form>
  );
}
