import { lazy, Suspense } from 'react';
import { AuthGate } from '../core/auth/AuthGate';
import { Spinner } from '../core/auth/plain/AuthCard';
import { RendererGoneNotice } from '../core/shell/RendererGoneNotice';
import { systemTextsReady } from '../core/i18n';

// Everything behind sign-in (Mantine, the pages, the data screens, the systems' texts) loads after
// the sign-in screen shows, so the first screen comes up fast; the texts load beside the shell.
const SignedInApp = lazy(() =>
  Promise.all([import('../core/shell/SignedInApp'), systemTextsReady()]).then(([m]) => ({ default: m.SignedInApp })),
);

export function App() {
  return (
    <>
      <RendererGoneNotice />
      <AuthGate>
        {(session) => (
          <Suspense fallback={<Spinner />}>
            <SignedInApp session={session} />
          </Suspense>
        )}
      </AuthGate>
    </>
  );
}
