import { type ReactNode, useEffect, useState } from 'react';
import { staffRepo } from '../../data/repos/staffRepo';
import { getSession, onSessionChange } from '../../data/session';
import type { StaffSession } from '../../../shared/domain/auth/staff';
import { FirstRunPage } from './FirstRunPage';
import { SignInPage } from './SignInPage';
import { StartupErrorPage } from './StartupErrorPage';
import { Spinner } from './plain/AuthCard';

/** Started when the app loads, in parallel with the first render: opens the database early. */
let firstCheck: Promise<boolean> | null = null;
export function startAccountCheck(): void {
  firstCheck ??= staffRepo.hasAnyAccount();
}

type GateState = { kind: 'loading' } | { kind: 'first-run' } | { kind: 'sign-in' } | { kind: 'error'; error: unknown };

/** Nothing of the app renders before sign-in; first run creates the administrator. */
export function AuthGate({ children }: { children: (session: StaffSession) => ReactNode }) {
  const [session, setSessionState] = useState<StaffSession | null>(getSession());
  const [state, setState] = useState<GateState>({ kind: 'loading' });

  useEffect(
    () =>
      onSessionChange((next) => {
        // Signed out (or restored): what the gate knew about accounts may be stale; check again.
        if (!next) setState({ kind: 'loading' });
        setSessionState(next);
      }),
    [],
  );
  useEffect(() => {
    if (session) return;
    const check = firstCheck ?? staffRepo.hasAnyAccount();
    firstCheck = null;
    check
      .then((has) => setState({ kind: has ? 'sign-in' : 'first-run' }))
      .catch((error: unknown) => setState({ kind: 'error', error }));
  }, [session]);

  if (session) return children(session);
  switch (state.kind) {
    case 'loading':
      return <Spinner />;
    case 'first-run':
      return <FirstRunPage />;
    case 'sign-in':
      return <SignInPage />;
    case 'error':
      return <StartupErrorPage error={state.error} />;
  }
}
