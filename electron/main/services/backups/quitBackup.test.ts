import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WriteBackupRequest } from '../../../../shared/core/bridge/backupSchemas';
import { AppError } from '../../../../shared/core/errors';
import {
  installQuitBackup,
  type QuitBackupDeps,
  type QuitChoice,
  type QuitWindow,
  type SessionEndEvent,
} from './quitBackup';
import type { SnapshotAnswer } from './snapshotRequests';
import type { BackupEntry } from '../../../node/backups/backupStore';

type Listener = (event: SessionEndEvent) => void;
type Reasons = SessionEndEvent['reasons'];

/** Electron's app and main window as the quit backup sees them; quitting and closing are recorded. */
function fakes() {
  const appListeners: Listener[] = [];
  const windowListeners = new Map<string, Listener[]>();
  const log: string[] = [];
  const app = {
    on: (_event: 'before-quit', listener: Listener) => appListeners.push(listener),
    // Like Electron: quit() emits before-quit again; it goes through unless a listener holds it.
    quit: vi.fn(() => {
      if (emit(appListeners)) log.push('quit');
    }),
  };
  const win = {
    destroyed: false,
    on: (event: string, listener: Listener) =>
      windowListeners.set(event, [...(windowListeners.get(event) ?? []), listener]),
    close: vi.fn(() => {
      if (emit(windowListeners.get('close') ?? [])) {
        win.destroyed = true;
        log.push('closed');
      }
    }),
    isDestroyed: () => win.destroyed,
  };
  function emit(listeners: Listener[], reasons: Reasons = []): boolean {
    let held = false;
    for (const listener of listeners) listener({ reasons, preventDefault: () => void (held = true) });
    return !held;
  }
  /**
   * Windows ending the session (BaseWindow docs: 'query-session-end' "Calling event.preventDefault()
   * can delay the system shutdown"; 'session-end' "there is no way to prevent the session from
   * ending"). Electron emits no 'before-quit' for either (electron/electron#9613).
   */
  const windowsEndsSession = (reasons: Reasons) => {
    const held = !emit(windowListeners.get('query-session-end') ?? [], reasons);
    if (!held) emit(windowListeners.get('session-end') ?? [], reasons);
    return { held };
  };
  return {
    app,
    win: win as typeof win & QuitWindow,
    log,
    quitByUser: () => app.quit(),
    closeByUser: () => win.close(),
    windowsEndsSession,
  };
}

const snapshot: WriteBackupRequest = {
  bytes: new Uint8Array([1, 2, 3]) as Uint8Array<ArrayBuffer>,
  meta: {
    reason: 'quit',
    schemaVersion: 4,
    counts: { staff: 1 },
    sha256: 'a'.repeat(64),
  },
};

describe('automatic backup on quit', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const answered = async (): Promise<SnapshotAnswer> => ({ status: 'snapshot', snapshot });

  function install(overrides: Partial<QuitBackupDeps> = {}) {
    const f = fakes();
    const deps: QuitBackupDeps = {
      app: f.app,
      getWindow: () => (f.win.destroyed ? undefined : f.win),
      requestSnapshot: vi.fn(answered),
      backups: {
        write: vi.fn(async () => ({
          path: '/b/x.twb',
          size: 3,
          meta: { ...snapshot.meta, createdAt: '2026-11-25T08:00:00.000Z', sequence: 1 },
        })),
        list: vi.fn(async () => [
          {
            path: '/b/big-quit.twb',
            size: 600 * 1024 ** 2,
            meta: { ...snapshot.meta, reason: 'quit' as const, createdAt: '2026-11-25T08:00:00.000Z', sequence: 2 },
          },
        ]),
      },
      timeoutMs: 30_000,
      tell: vi.fn(async () => 'quit' as const),
      ...overrides,
    };
    installQuitBackup(deps).watchWindow(f.win);
    return { ...f, deps };
  }

  it('holds the quit, asks the renderer for a snapshot, writes it, then quits', async () => {
    const { deps, log, quitByUser } = install();
    quitByUser();
    expect(log).toEqual([]);
    await vi.runAllTimersAsync();
    expect(deps.requestSnapshot).toHaveBeenCalledWith('quit');
    expect(deps.backups.write).toHaveBeenCalledWith(snapshot.bytes, snapshot.meta);
    expect(log).toEqual(['quit']);
  });

  it('quits without a word when the page wrote a big snapshot in pieces and the folder holds it', async () => {
    const requestSnapshot = vi.fn(async (): Promise<SnapshotAnswer> => ({
      status: 'written-by-page',
      path: '/b/big-quit.twb',
    }));
    const { deps, log, quitByUser } = install({ requestSnapshot });
    quitByUser();
    await vi.runAllTimersAsync();
    expect(deps.backups.write).not.toHaveBeenCalled();
    expect(deps.tell).not.toHaveBeenCalled();
    expect(log).toEqual(['quit']);
  });

  it('says so when the page claims a backup in pieces the folder does not hold', async () => {
    const requestSnapshot = vi.fn(async (): Promise<SnapshotAnswer> => ({ status: 'written-by-page', path: '/b/x' }));
    const { deps, quitByUser } = install({ requestSnapshot });
    quitByUser();
    await vi.runAllTimersAsync();
    expect(deps.tell).toHaveBeenCalledWith({ status: 'failed', reason: 'not-found' }, true);
  });

  it("holds the window's close the same way, then closes it", async () => {
    const { deps, log, closeByUser } = install();
    closeByUser();
    expect(log).toEqual([]);
    await vi.runAllTimersAsync();
    expect(deps.backups.write).toHaveBeenCalledTimes(1);
    expect(log).toEqual(['closed']);
  });

  it('backs up once when the window closes and the app then quits', async () => {
    const { deps, log, closeByUser, quitByUser } = install();
    closeByUser();
    closeByUser(); // an impatient second click while the backup runs
    await vi.runAllTimersAsync();
    quitByUser(); // window-all-closed → app.quit()
    expect(deps.requestSnapshot).toHaveBeenCalledTimes(1);
    expect(log).toEqual(['closed', 'quit']);
  });

  it('quits after the time limit when the renderer never answers, and says so', async () => {
    const { deps, log, quitByUser } = install({
      requestSnapshot: vi.fn(() => new Promise<SnapshotAnswer>(() => undefined)),
    });
    quitByUser();
    await vi.advanceTimersByTimeAsync(29_999);
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(log).toEqual(['quit']);
    expect(deps.backups.write).not.toHaveBeenCalled();
    expect(deps.tell).toHaveBeenCalledWith({ status: 'timeout' }, true);
  });

  it('does not wait at all for a page that is not listening yet, and says why no backup was made', async () => {
    const { deps, log, closeByUser } = install({
      requestSnapshot: vi.fn(async () => ({ status: 'not-ready' }) as const),
    });
    closeByUser();
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['closed']);
    expect(deps.tell).toHaveBeenCalledWith({ status: 'not-ready' }, true);
  });

  it('keeps the app open when the user, told the backup failed, chooses to stay; the next close tries again', async () => {
    const tell = vi.fn(async (): Promise<QuitChoice> => 'stay');
    const write = vi.fn(async (): Promise<BackupEntry> => {
      throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    });
    const { deps, log, closeByUser } = install({ tell, backups: { write, list: vi.fn(async () => []) } });
    closeByUser();
    await vi.runAllTimersAsync();
    expect(log).toEqual([]);
    expect(tell).toHaveBeenCalledWith({ status: 'failed', reason: 'disk-full' }, true);
    tell.mockImplementation(async () => 'quit');
    write.mockImplementation(async () => ({
      path: '/b/y.twb',
      size: 3,
      meta: { ...snapshot.meta, createdAt: '2026-11-25T08:01:00.000Z', sequence: 2 },
    }));
    closeByUser();
    await vi.runAllTimersAsync();
    expect(deps.requestSnapshot).toHaveBeenCalledTimes(2);
    expect(log).toEqual(['closed']);
  });

  it('shows the wait while the backup runs and clears it after', async () => {
    const showWaiting = vi.fn();
    const { quitByUser } = install({ showWaiting });
    quitByUser();
    expect(showWaiting).toHaveBeenLastCalledWith(true);
    await vi.runAllTimersAsync();
    expect(showWaiting).toHaveBeenLastCalledWith(false);
  });

  it('quits after the time limit when the disk hangs mid-write', async () => {
    const { log, quitByUser } = install({
      backups: { write: vi.fn(() => new Promise<never>(() => undefined)), list: vi.fn(async () => []) },
    });
    quitByUser();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(log).toEqual(['quit']);
  });

  it('still quits when the backup cannot be written, and says so in the log and to the user', async () => {
    const events: string[] = [];
    const { deps, log, quitByUser } = install({
      backups: { write: vi.fn(async () => Promise.reject(new AppError('disk-full'))), list: vi.fn(async () => []) },
      log: (event) => events.push(event),
    });
    quitByUser();
    await vi.runAllTimersAsync();
    expect(log).toEqual(['quit']);
    expect(events).toEqual(['quit-backup-failed']);
    expect(deps.tell).toHaveBeenCalledWith({ status: 'failed', reason: 'disk-full' }, true);
  });

  it('quits at once, writing nothing and saying nothing, when the renderer has nothing to keep', async () => {
    const { deps, log, quitByUser } = install({ requestSnapshot: vi.fn(async () => ({ status: 'empty' }) as const) });
    quitByUser();
    await vi.runAllTimersAsync();
    expect(deps.backups.write).not.toHaveBeenCalled();
    expect(deps.tell).not.toHaveBeenCalled();
    expect(log).toEqual(['quit']);
  });

  it('lets a quit through at once when there is no window to ask', async () => {
    const { deps, log, quitByUser } = install({ getWindow: () => undefined });
    quitByUser();
    expect(log).toEqual(['quit']);
    expect(deps.requestSnapshot).not.toHaveBeenCalled();
  });

  describe('when Windows ends the session (shutdown, restart, log-off)', () => {
    it('holds the session end, backs up, then quits', async () => {
      const { deps, log, windowsEndsSession } = install();
      expect(windowsEndsSession(['shutdown']).held).toBe(true);
      expect(deps.requestSnapshot).toHaveBeenCalledWith('quit');
      await vi.runAllTimersAsync();
      expect(deps.backups.write).toHaveBeenCalledTimes(1);
      expect(log).toEqual(['quit']);
    });

    it('never asks the user, who may not be there: a failure is logged and the app quits', async () => {
      const { deps, log, windowsEndsSession } = install({
        requestSnapshot: vi.fn(async () => ({ status: 'not-ready' }) as const),
      });
      windowsEndsSession(['logoff']);
      await vi.runAllTimersAsync();
      expect(deps.tell).toHaveBeenCalledWith({ status: 'not-ready' }, false);
      expect(log).toEqual(['quit']);
    });

    it('cannot hold a critical shutdown, but still starts the backup at once', async () => {
      const { deps, windowsEndsSession } = install();
      expect(windowsEndsSession(['critical']).held).toBe(false);
      expect(deps.requestSnapshot).toHaveBeenCalledTimes(1);
      await vi.runAllTimersAsync();
      expect(deps.backups.write).toHaveBeenCalledTimes(1);
    });

    it('backs up once when the session ends while a close is already backing up', async () => {
      const { deps, closeByUser, windowsEndsSession } = install();
      closeByUser();
      windowsEndsSession(['shutdown']);
      await vi.runAllTimersAsync();
      expect(deps.requestSnapshot).toHaveBeenCalledTimes(1);
    });
  });
});
