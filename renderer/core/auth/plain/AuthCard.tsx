import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../../i18n';
import { LANGUAGES } from '../../i18n/resources';

/** The card around sign-in, first run, start-up errors and the lock screen. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="auth-page">
      <section className="auth-card" aria-labelledby="auth-title">
        <div>
          <p className="auth-brand">{t('shell.appName')}</p>
          <h1 className="auth-title" id="auth-title">
            {title}
          </h1>
        </div>
        {children}
        <PlainLanguageSwitch />
      </section>
    </main>
  );
}

function PlainLanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="auth-languages" role="group" aria-label={t('shell.language')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          aria-pressed={i18n.language === language}
          onClick={() => void changeLanguage(language)}
        >
          {t(`shell.languages.${language}`)}
        </button>
      ))}
    </div>
  );
}

export function Spinner() {
  const { t } = useTranslation();
  return (
    <main className="auth-page">
      <div className="auth-spinner" role="progressbar" aria-label={t('auth.loading')} />
    </main>
  );
}
