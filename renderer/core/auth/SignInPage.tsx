import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActionError } from '../ui/useActionError';
import { AuthCard } from './plain/AuthCard';
import { openedStaff } from './openedStaff';
import { Field } from './plain/Field';

export function SignInPage() {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { error, run } = useActionError();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const succeeded = await run(async () => {
      // Opened after the first frame (AuthGate): a quick hand may get here first.
      const staff = await openedStaff();
      await staff.signIn(username, password);
    });
    if (!succeeded) setBusy(false);
  };

  return (
    <AuthCard title={t('auth.signIn.title')}>
      <form className="auth-form" onSubmit={(e) => void submit(e)}>
        {error && (
          <div className="auth-alert" role="alert">
            {error}
          </div>
        )}
        <Field
          label={t('auth.fields.username')}
          isRequired
          autoComplete="username"
          autoFocus
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
        />
        <Field
          label={t('auth.fields.password')}
          isRequired
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <button className="auth-button" type="submit" disabled={busy}>
          {t('auth.signIn.submit')}
        </button>
      </form>
    </AuthCard>
  );
}
