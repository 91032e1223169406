import { useState } from 'react';
import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { staffRepo } from '../../data/repos/staffRepo';
import { useErrorText } from '../../ui/useErrorText';
import { AuthFrame } from './AuthFrame';

/** First run: the first account is the administrator. */
export function FirstRunPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { username: '', displayName: '', password: '', confirm: '' },
    validate: {
      password: (v) => (v.length < 8 ? t('auth.firstRun.passwordTooShort') : null),
      confirm: (v, values) => (v !== values.password ? t('auth.firstRun.passwordMismatch') : null),
    },
  });

  const submit = form.onSubmit(async ({ username, displayName, password }) => {
    setBusy(true);
    setError(null);
    try {
      await staffRepo.createFirstAdmin({ username, displayName, password });
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  });

  return (
    <AuthFrame title={t('auth.firstRun.title')}>
      <Text size="sm" c="dimmed">
        {t('auth.firstRun.intro')}
      </Text>
      <form onSubmit={submit}>
        <Stack>
          {error && <Alert color="red">{error}</Alert>}
          <TextInput label={t('auth.fields.username')} description={t('auth.fields.usernameHint')} withAsterisk {...form.getInputProps('username')} />
          <TextInput label={t('auth.fields.displayName')} withAsterisk {...form.getInputProps('displayName')} />
          <PasswordInput label={t('auth.fields.password')} withAsterisk {...form.getInputProps('password')} />
          <PasswordInput label={t('auth.fields.confirmPassword')} withAsterisk {...form.getInputProps('confirm')} />
          <Button type="submit" loading={busy}>
            {t('auth.firstRun.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
