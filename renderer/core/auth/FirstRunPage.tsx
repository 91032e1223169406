import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActionError } from '../ui/useActionError';
import { AuthCard } from './plain/AuthCard';
import { Field } from './plain/Field';
import { endFirstRunSession, markFirstRunSession } from './firstRunSession';
import { openedStaff } from './openedStaff';

/** First run: the first account is the administrator. */
export function FirstRunPage() {
  const { t } = useTranslation();
  const [values, setValues] = useState({ username: '', displayName: '', password: '', confirm: '' });
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});
  const { error, run } = useActionError();
  const [busy, setBusy] = useState(false);
  const bind = (field: keyof typeof values) => ({
    value: values[field],
    onChange: (e: { currentTarget: HTMLInputElement }) => setValues({ ...values, [field]: e.currentTarget.value }),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      password: values.password.length < 8 ? t('auth.firstRun.passwordTooShort') : undefined,
      confirm: values.confirm !== values.password ? t('auth.firstRun.passwordMismatch') : undefined,
    };
    setErrors(found);
    if (found.password || found.confirm) return;
    setBusy(true);
    // Marked before: the signed-in app may mount as soon as the account exists.
    markFirstRunSession();
    const succeeded = await run(async () => {
      const staff = await openedStaff();
      await staff.createFirstAdmin({
        username: values.username,
        displayName: values.displayName,
        password: values.password,
      });
    });
    if (!succeeded) {
      endFirstRunSession();
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('auth.firstRun.title')}>
      <p className="auth-intro">{t('auth.firstRun.intro')}</p>
      <form className="auth-form" onSubmit={(e) => void submit(e)}>
        {error && (
          <div className="auth-alert" role="alert">
            {error}
          </div>
        )}
        <Field
          label={t('auth.fields.username')}
          hint={t('auth.fields.usernameHint')}
          isRequired
          autoComplete="username"
          {...bind('username')}
        />
        <Field label={t('auth.fields.displayName')} isRequired {...bind('displayName')} />
        <Field
          label={t('auth.fields.password')}
          isRequired
          type="password"
          autoComplete="new-password"
          error={errors.password}
          {...bind('password')}
        />
        <Field
          label={t('auth.fields.confirmPassword')}
          isRequired
          type="password"
          autoComplete="new-password"
          error={errors.confirm}
          {...bind('confirm')}
        />
        <button className="auth-button" type="submit" disabled={busy}>
          {t('auth.firstRun.submit')}
        </button>
      </form>
    </AuthCard>
  );
}
