import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WriteBackupRequest } from '../../../../shared/core/bridge/backupSchemas';
import { installQuitBackup, type PreventableEvent, type QuitBackupDeps } from './quitBackup';

type Listener = (event: PreventableEvent) => void;

/** Electron's app and main window as the quit backup sees them; quitting and closing are recorded. */
function fakes() {
  const appListeners: Listener[] = [];
  const windowListeners: Listener[] = [];
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
    on: (_event: 'close', listener: Listener) => windowListeners.push(listener),
    close: vi.fn(() => {
      if (emit(windowListeners)) {
        win.destroyed = true;
        log.push('closed');
      }
    }),
    isDestroyed: () => win.destroyed,
  };
  function emit(listeners: Listener[]): boolean {
    let held = false;
    for (const listener of listeners) listener({ preventDefault: () => void (held = true) });
    return !held;
  }
  return { app, win, log, quitByUser: () => app.quit(), closeByUser: () => win.close() };
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

  function install(overrides: Partial<QuitBackupDeps> = {}) {
    const f = fakes();
    const deps: QuitBackupDeps = {
      app: f.app,
      getWindow: () => (f.win.destroyed ? undefined : f.win),
      requestSnapshot: vi.fn(async () => snapshot),
      backups: {
        write: vi.fn(async () => ({
          path: '/b/x.twb',
          size: 3,
          meta: { ...snapshot.meta, createdAt: '2026-11-25T08:00:00.000Z', sequence: 1 },
        })),
      },
      timeoutMs: 30_000,
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

  it('quits after the time limit when the renderer never answers', async () => {
    const { deps, log, quitByUser } = install({ requestSnapshot: vi.fn(() => new Promise<null>(() => undefined)) });
    quitByUser();
    await vi.advanceTimersByTimeAsync(29_999);
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(log).toEqual(['quit']);
    expect(deps.backups.write).not.toHaveBeenCalled();
  });

  it('quits after the time limit when the disk hangs mid-write', async () => {
    const { log, quitByUser } = install({ backups: { write: vi.fn(() => new Promise<never>(() => undefined)) } });
    quitByUser();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(log).toEqual(['quit']);
  });

  it('still quits when the backup cannot be written, and says so in the log', async () => {
    const events: string[] = [];
    const { log, quitByUser } = install({
      backups: { write: vi.fn(async () => Promise.reject(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }))) },
      log: (event) => events.push(event),
    });
    quitByUser();
    await vi.runAllTimersAsync();
    expect(log).toEqual(['quit']);
    expect(events).toEqual(['quit-backup-failed']);
  });

  it('quits at once, writing nothing, when the renderer has nothing to keep', async () => {
    const { deps, log, quitByUser } = install({ requestSnapshot: vi.fn(async () => null) });
    quitByUser();
    await vi.runAllTimersAsync();
    expect(deps.backups.write).not.toHaveBeenCalled();
    expect(log).toEqual(['quit']);
  });

  it('lets a quit through at once when there is no window to ask', async () => {
    const { deps, log, quitByUser } = install({ getWindow: () => undefined });
    quitByUser();
    expect(log).toEqual(['quit']);
    expect(deps.requestSnapshot).not.toHaveBeenCalled();
  });
});
