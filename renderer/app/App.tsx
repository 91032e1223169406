import { lazy, Suspense } from 'react';
import { AuthGate } from '../core/auth/AuthGate';
import { Spinner } from '../core/auth/plain/AuthCard';
import { RendererGoneNotice } from '../core/shell/RendererGoneNotice';

// Everything behind sign-in (Mantine, the pages, the data screens) loads after the sign-in screen
// shows, so the first screen comes up fast.
const SignedInApp = lazy(() => import('../core/shell/SignedInApp').then((m) => ({ default: m.SignedInApp })));

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
