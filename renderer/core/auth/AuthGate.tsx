import { type ReactNode, useEffect, useRef, useState } from 'react';
import { LATEST_SCHEMA_VERSION } from '../data/schema/versions';
import { getSession, onSessionChange } from '../data/session';
import type { StaffSession } from '../../../shared/core/auth/staff';
import { FirstRunPage } from './FirstRunPage';
import { SignInPage } from './SignInPage';
import { StartupErrorPage } from './StartupErrorPage';
import { Spinner } from './plain/AuthCard';
import { RecoverPage } from './RecoverPage';
import type { BackupSearch } from '../backup/autoBackup';
import { afterNextFrame, takeEarlyAccounts } from './earlyAccounts';
import { openedStaff } from './openedStaff';

/** The user chose to start empty although backups exist: do not ask again this session. */
let declinedRecovery = false;

/** Opens the database (a backup first if it needs an upgrade), then asks whether any account exists. */
const checkAccounts = () => openedStaff().then((staff) => staff.hasAnyAccount());

/** Started when the app loads, in parallel with the first render: opens the database early. */
let firstCheck: Promise<boolean> | null = null;
/** The first check was the page's first script's (earlyAccounts.ts): the database opens after the first frame. */
let openAfterFirstFrame = false;
/** The first check's answer once it has come: the gate then starts on the sign-in screen itself. */
let firstAnswer: boolean | null = null;
export function startAccountCheck(): void {
  if (firstCheck) return;
  const early = takeEarlyAccounts(LATEST_SCHEMA_VERSION);
  const check = early
    ? early.then((found) => {
        openAfterFirstFrame = found === true;
        return found ?? checkAccounts();
      })
    : checkAccounts();
  firstCheck = check;
  check.then(
    (has) => {
      if (firstCheck === check) firstAnswer = has;
    },
    () => undefined,
  );
}

/** Waits (for the first render) until the first check has answered or failed; never rejects. */
export function accountCheckSettled(): Promise<void> {
  return (firstCheck ?? Promise.resolve()).then(
    () => undefined,
    () => undefined,
  );
}

/** The sign-in screen straight away when the first check has found accounts (no spinner pass). */
function initialState(): GateState | null {
  if (firstAnswer !== true) return null;
  firstCheck = null;
  firstAnswer = null;
  return { kind: 'sign-in' };
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
  const [answered] = useState(() => (getSession() ? null : initialState()));
  const [state, setState] = useState<GateState>(answered ?? { kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  /** The first check already answered: the first run of the effect has nothing to ask. */
  const answeredOnMount = useRef(answered !== null);

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
    if (state.kind !== 'sign-in' || !openAfterFirstFrame) return;
    openAfterFirstFrame = false;
    // Accounts exist and the database needs no upgrade: it opens once the sign-in screen is up. The
    // form's submit waits for the same open; a failure shows the start-up error as before.
    afterNextFrame(() => void openedStaff().catch((error: unknown) => setState({ kind: 'error', error })));
  }, [state.kind]);
  useEffect(() => {
    const answered = answeredOnMount.current;
    answeredOnMount.current = false;
    if (session || answered) return;
    const check = firstCheck ?? checkAccounts();
    firstCheck = null;
    firstAnswer = null;
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
