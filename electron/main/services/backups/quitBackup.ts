import type { BackupReason } from '../../../../shared/core/bridge/backupSchemas';
import { toAppError } from '../../../../shared/core/errors';
import type { BackupStore } from '../../../node/backups/backupStore';
import type { SnapshotAnswer } from './snapshotRequests';

/** An event whose default (quitting, closing, ending the Windows session) can be held. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** BaseWindow 'query-session-end' / 'session-end' (win32): WindowSessionEndEvent. */
export interface SessionEndEvent extends PreventableEvent {
  reasons: Array<'shutdown' | 'close-app' | 'critical' | 'logoff'>;
}

/** The parts of Electron's app the quit backup uses. */
export interface QuitApp {
  on(event: 'before-quit', listener: (event: PreventableEvent) => void): unknown;
  quit(): void;
}

/** The parts of a BrowserWindow the quit backup uses. */
export interface QuitWindow {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'query-session-end' | 'session-end', listener: (event: SessionEndEvent) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

/** How the quit backup ended; anything but written or empty is said to the user. */
export type QuitBackupOutcome =
  { status: 'written' } | Exclude<SnapshotAnswer, { status: 'snapshot' } | { status: 'written-by-page' }>;

/** What the user chose after being told: quit anyway, or keep the app open. */
export type QuitChoice = 'quit' | 'stay';

export interface QuitBackupDeps {
  app: QuitApp;
  /** The main window, whose renderer holds the database. */
  getWindow(): QuitWindow | undefined;
  requestSnapshot(reason: BackupReason): Promise<SnapshotAnswer>;
  backups: Pick<BackupStore, 'write' | 'list'>;
  /** The longest quitting may wait: a hung renderer or disk must not keep the app open forever. */
  timeoutMs: number;
  /** Shows the wait (title, taskbar) while the backup runs, and clears it after. */
  showWaiting?(waiting: boolean): void;
  /**
   * Tells the user why no backup was made. `canAsk` is false at Windows session end, where no one
   * may be there to answer: it is then only logged, and the answer is 'quit'.
   */
  tell(outcome: QuitBackupOutcome, canAsk: boolean): Promise<QuitChoice>;
  log?: (event: string, context: Record<string, unknown>) => void;
}

/** 30 s: a 100 000-record office with attachments snapshots in a few seconds (npm run bench). */
export const QUIT_BACKUP_TIMEOUT_MS = 30_000;

const SAID_WITHOUT_WORDS = new Set<QuitBackupOutcome['status']>(['written', 'empty']);

/**
 * An automatic backup on quit. Closing the window (the usual way out on Windows and Linux),
 * quitting from the menu or the OS, and Windows ending the session (shutdown, restart, log-off:
 * Electron emits no 'before-quit' then, only the window's 'query-session-end' and 'session-end')
 * all come here: the first is held, the page is asked for a snapshot, main writes it, then the
 * close or quit goes on. Whatever happens (no page to ask, no answer, a failed write, the time
 * limit) the user is told why no backup was made, and older backups stay as they were.
 */
export function installQuitBackup(deps: QuitBackupDeps): { watchWindow(win: QuitWindow): void } {
  const log = deps.log ?? (() => undefined);
  let running: Promise<QuitChoice> | null = null;
  let finished = false;

  async function backUp(): Promise<QuitBackupOutcome> {
    const answer = await deps.requestSnapshot('quit');
    if (answer.status === 'written-by-page') {
      // Said is not done: the folder must hold a quit backup at that path.
      const kept = (await deps.backups.list()).some((e) => e.path === answer.path && e.meta.reason === 'quit');
      return kept ? { status: 'written' } : { status: 'failed', reason: 'not-found' };
    }
    if (answer.status !== 'snapshot') return answer;
    const { bytes, meta } = answer.snapshot;
    try {
      await deps.backups.write(bytes, meta);
      return { status: 'written' };
    } catch (error) {
      return { status: 'failed', reason: toAppError(error).code };
    }
  }

  function withinLimit(work: Promise<QuitBackupOutcome>): Promise<QuitBackupOutcome> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<QuitBackupOutcome>((resolve) => {
      timer = setTimeout(() => resolve({ status: 'timeout' }), deps.timeoutMs);
    });
    return Promise.race([work, limit]).finally(() => clearTimeout(timer));
  }

  /** One backup for however many ways out are taken at once; 'stay' lets the next one try again. */
  function runOnce(canAsk: boolean): Promise<QuitChoice> {
    running ??= (async () => {
      deps.showWaiting?.(true);
      const outcome = await withinLimit(backUp());
      deps.showWaiting?.(false);
      log(`quit-backup-${outcome.status}`, { ...outcome });
      const choice = SAID_WITHOUT_WORDS.has(outcome.status) ? 'quit' : await deps.tell(outcome, canAsk);
      if (choice === 'stay') running = null;
      else finished = true;
      return choice;
    })();
    return running;
  }

  deps.app.on('before-quit', (event) => {
    const win = deps.getWindow();
    // Done, or no renderer left to ask (its close already took the backup): let the quit through.
    if (finished || !win || win.isDestroyed()) return;
    event.preventDefault();
    void runOnce(true).then((choice) => choice === 'quit' && deps.app.quit());
  });

  function onQuerySessionEnd(event: SessionEndEvent): void {
    if (finished) return;
    // A critical shutdown cannot be held (Windows ends the session anyway): start, hope it finishes.
    if (!event.reasons.includes('critical')) event.preventDefault();
    void runOnce(false).then(() => deps.app.quit());
  }

  return {
    watchWindow(win) {
      win.on('close', (event) => {
        if (finished) return;
        event.preventDefault();
        void runOnce(true).then((choice) => choice === 'quit' && !win.isDestroyed() && win.close());
      });
      // Held, Windows shows the app as keeping it from shutting down until the app quits.
      win.on('query-session-end', onQuerySessionEnd);
      // Past the point of holding; if the query was not seen (another app said no first), start now.
      win.on('session-end', () => void (finished || runOnce(false)));
    },
  };
}
