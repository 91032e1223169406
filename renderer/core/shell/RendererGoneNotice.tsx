import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const REASONS = ['oom', 'crashed', 'killed', 'abnormal-exit', 'launch-failed', 'integrity-failure', 'memory-eviction'];

/** Why the desktop app reloaded the page (electron/main/rendererGone.ts puts it in the address), or null. */
export function rendererGoneReason(search: string): string | null {
  const reason = new URLSearchParams(search).get('renderer-gone');
  return reason === null ? null : REASONS.includes(reason) ? reason : 'crashed';
}

/**
 * After the window's page crashed and the desktop app reloaded it: says so, and that what was
 * saved is kept. Plain markup (no Mantine): it shows on the sign-in screen, before the app loads.
 */
export function RendererGoneNotice() {
  const { t } = useTranslation();
  const [reason, setReason] = useState(() => rendererGoneReason(window.location.search));
  if (!reason) return null;
  const close = () => {
    // Drop the reason from the address, so a later reload does not say it again.
    window.history.replaceState(null, '', window.location.pathname + window.location.hash);
    setReason(null);
  };
  return (
    <div role="alert" className="auth-alert renderer-gone">
      <span>
        {t('shell.rendererGone.message', {
          reason: t(`shell.rendererGone.reasons.${reason}` as 'shell.rendererGone.reasons.crashed'),
        })}
      </span>
      <button type="button" className="auth-button-subtle" onClick={close}>
        {t('shell.rendererGone.dismiss')}
      </button>
    </div>
  );
}
