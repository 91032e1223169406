import type { BackupReason, WriteBackupRequest } from '../../../../shared/core/bridge/backupSchemas';
import type { BackupStore } from '../../../node/backups/backupStore';

/** An event whose default (quitting, closing) can be held. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** The parts of Electron's app the quit backup uses. */
export interface QuitApp {
  on(event: 'before-quit', listener: (event: PreventableEvent) => void): unknown;
  quit(): void;
}

/** The parts of a BrowserWindow the quit backup uses. */
export interface QuitWindow {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export interface QuitBackupDeps {
  app: QuitApp;
  /** The main window, whose renderer holds the database. */
  getWindow(): QuitWindow | undefined;
  requestSnapshot(reason: BackupReason): Promise<WriteBackupRequest | null>;
  backups: Pick<BackupStore, 'write'>;
  /** The longest quitting may wait: a hung renderer or disk must not keep the app open forever. */
  timeoutMs: number;
  log?: (event: string, context: Record<string, unknown>) => void;
}

/** 30 s: a 100 000-record office with attachments snapshots in a few seconds (npm run bench). */
export const QUIT_BACKUP_TIMEOUT_MS = 30_000;

/**
 * An automatic backup on quit. Closing the window (the usual way out on Windows and Linux) and
 * quitting from the menu or the OS both come here: the first is held, the renderer is asked for a
 * snapshot, main writes it, then the close or quit goes on. It runs once; whatever happens (no
 * answer, a failed write, the time limit) the app still quits, and older backups stay as they were.
 */
export function installQuitBackup(deps: QuitBackupDeps): { watchWindow(win: QuitWindow): void } {
  const log = deps.log ?? (() => undefined);
  let running: Promise<void> | null = null;
  let finished = false;

  async function backUp(): Promise<void> {
    try {
      const snapshot = await deps.requestSnapshot('quit');
      if (!snapshot) return log('quit-backup-skipped', {});
      await deps.backups.write(snapshot.bytes, snapshot.meta);
    } catch (error) {
      log('quit-backup-failed', { error: String(error) });
    }
  }

  function runOnce(): Promise<void> {
    running ??= new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        log('quit-backup-timeout', { timeoutMs: deps.timeoutMs });
        resolve();
      }, deps.timeoutMs);
      void backUp().finally(() => {
        clearTimeout(timer);
        resolve();
      });
    }).finally(() => {
      finished = true;
    });
    return running;
  }

  deps.app.on('before-quit', (event) => {
    const win = deps.getWindow();
    // Done, or no renderer left to ask (its close already took the backup): let the quit through.
    if (finished || !win || win.isDestroyed()) return;
    event.preventDefault();
    void runOnce().then(() => deps.app.quit());
  });

  return {
    watchWindow(win) {
      win.on('close', (event) => {
        if (finished) return;
        event.preventDefault();
        void runOnce().then(() => {
          if (!win.isDestroyed()) win.close();
        });
      });
    },
  };
}
