import { type ReactNode, useEffect, useState } from 'react';
import { staffRepo } from '../data/staffRepo';
import { openDatabase } from '../data/openDatabase';
import { getSession, onSessionChange } from '../data/session';
import type { StaffSession } from '../../../shared/core/auth/staff';
import { FirstRunPage } from './FirstRunPage';
import { SignInPage } from './SignInPage';
import { StartupErrorPage } from './StartupErrorPage';
import { Spinner } from './plain/AuthCard';
import { RecoverPage } from './RecoverPage';
import type { BackupSearch } from '../backup/autoBackup';

/** The user chose to start empty although backups exist: do not ask again this session. */
let declinedRecovery = false;

/** Opens the database (a backup first if it needs an upgrade), then asks whether any account exists. */
const checkAccounts = () => openDatabase().then(() => staffRepo.hasAnyAccount());

/** Started when the app loads, in parallel with the first render: opens the database early. */
let firstCheck: Promise<boolean> | null = null;
export function startAccountCheck(): void {
  firstCheck ??= checkAccounts();
}

type GateState =
  | { kind: 'loading' }
  | { kind: 'first-run' }
  | { kind: 'sign-in' }
  | { kind: 'recover'; search: BackupSearch }
  | { kind: 'error'; error: unknown };

/** Nothing of the app renders before sign-in; first run creates the administrator. */
export function AuthGate({ children }: { children: (session: StaffSession) => ReactNode }) {
  const [session, setSessionState] = useState<StaffSession | null>(getSession());
  const [state, setState] = useState<GateState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

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
    const check = firstCheck ?? checkAccounts();
    firstCheck = null;
    check
      .then(async (has) => {
        if (has || declinedRecovery) return setState({ kind: has ? 'sign-in' : 'first-run' });
        // No account: a new install, or a database that came back empty. Backups tell which.
        // Loaded here only: the backup code (and the host, zod) stay out of the sign-in screen's bundle.
        const { findNewestGoodBackup } = await import('../backup/autoBackup');
        const search = await findNewestGoodBackup();
        setState(search.found > 0 ? { kind: 'recover', search } : { kind: 'first-run' });
      })
      .catch((error: unknown) => setState({ kind: 'error', error }));
  }, [session, attempt]);

  if (session) return children(session);
  switch (state.kind) {
    case 'loading':
      return <Spinner />;
    case 'first-run':
      return <FirstRunPage />;
    case 'sign-in':
      return <SignInPage />;
    case 'recover':
      return (
        <RecoverPage
          search={state.search}
          onDone={(choice) => {
            if (choice === 'fresh') declinedRecovery = true;
            setState({ kind: 'loading' });
            setAttempt((n) => n + 1);
          }}
        />
      );
    case 'error':
      return <StartupErrorPage error={state.error} />;
  }
}
