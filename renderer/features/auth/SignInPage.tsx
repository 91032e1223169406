import { useState } from 'react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { staffRepo } from '../../data/repos/staffRepo';
import { useErrorText } from '../../ui/useErrorText';
import { AuthFrame } from './AuthFrame';

export function SignInPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({ initialValues: { username: '', password: '' } });

  const submit = form.onSubmit(async ({ username, password }) => {
    setBusy(true);
    setError(null);
    try {
      await staffRepo.signIn(username, password);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  });

  return (
    <AuthFrame title={t('auth.signIn.title')}>
      <form onSubmit={submit}>
        <Stack>
          {error && <Alert color="red">{error}</Alert>}
          <TextInput label={t('auth.fields.username')} autoComplete="username" autoFocus withAsterisk {...form.getInputProps('username')} />
          <PasswordInput label={t('auth.fields.password')} autoComplete="current-password" withAsterisk {...form.getInputProps('password')} />
          <Button type="submit" loading={busy}>
            {t('auth.signIn.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
