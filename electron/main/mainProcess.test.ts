import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, HOST_EVENTS, HOST_SIGNALS } from '../../shared/core/bridge/channels';
import { startMainProcess, type MainProcessElectron } from './mainProcess';
import { createFakeElectron, type FakeElectron, type FakeElectronOptions } from './testing/fakeElectron';
import { sealedBackup } from '../../tests/support/sealedBackup';
import type { WriteBackupRequest } from '../../shared/core/bridge/backupSchemas';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'workbench-main-'));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

async function started(options: FakeElectronOptions = {}) {
  const fake = createFakeElectron({ userData: path.join(dir, 'profile'), ...options });
  startMainProcess(fake.module as unknown as MainProcessElectron);
  await fake.ready();
  return fake;
}

const mainWindowOf = (fake: FakeElectron) => fake.windows()[0];

/** What the preload does in the page: calls main's handlers from the main frame of app://workbench. */
function page(fake: FakeElectron) {
  const win = mainWindowOf(fake);
  const event = { senderFrame: { parent: null, url: 'app://workbench/index.html' }, sender: win.webContents };
  const invoke = (channel: string, payload?: unknown) => fake.module.ipcMain.handlers.get(channel)!(event, payload);
  return {
    listens: () => invoke(HOST_SIGNALS.snapshotListening, { listening: true }),
    /** Answers every snapshot request with `bytes`, as provideQuitSnapshots would. */
    /** The page's snapshot: a sealed backup the host keeps, or bare bytes it refuses. */
    answersWith(snapshot: Uint8Array | WriteBackupRequest) {
      const bytes = snapshot instanceof Uint8Array ? snapshot : snapshot.bytes;
      const meta =
        snapshot instanceof Uint8Array
          ? {
              reason: 'quit',
              schemaVersion: 5,
              counts: { staff: 1 },
              sha256: createHash('sha256').update(bytes).digest('hex'),
            }
          : snapshot.meta;
      win.webContents.send = (channel: string, payload: unknown) => {
        if (channel !== HOST_EVENTS.snapshotRequest) return;
        const { requestId } = payload as { requestId: string };
        queueMicrotask(() => void invoke(CHANNELS.onSnapshotRequest, { requestId, snapshot: { bytes, meta } }));
      };
    },
  };
}

const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true));

describe('the main process as wired', () => {
  it('hands over to the running copy and does nothing else when it cannot take the single-instance lock', () => {
    const fake = createFakeElectron({ gotLock: false });
    startMainProcess(fake.module as unknown as MainProcessElectron);
    expect(fake.calls).toEqual(['requestSingleInstanceLock', 'quit']);
  });

  it('takes the lock, turns the sandbox on and registers app:// before ready; serves and opens the app once ready', async () => {
    const fake = await started();
    expect(fake.calls.slice(0, 4)).toEqual([
      'requestSingleInstanceLock',
      'enableSandbox',
      'registerSchemesAsPrivileged',
      'ready',
    ]);
    expect(fake.calls).toContain('protocol.handle app');
    expect([...fake.module.ipcMain.handlers.keys()].sort()).toEqual(
      [...Object.values(CHANNELS), HOST_SIGNALS.snapshotListening].sort(),
    );
    expect(fake.module.session.defaultSession.hardened).toEqual([
      'onBeforeRequest',
      'permissionRequest',
      'permissionCheck',
    ]);
    const win = mainWindowOf(fake);
    expect(win.loaded).toEqual(['app://workbench/index.html']);
    expect(win.options).toMatchObject({
      show: false,
      webPreferences: { preload: '/opt/workbench/resources/app.asar/dist-electron/preload.cjs', sandbox: true },
    });
    await until(() => win.shown);
  });

  it('applies the navigation, pop-up and webview guards to every webContents ever created', async () => {
    const fake = await started();
    const other = new fake.module.BrowserWindow({ show: false });
    for (const win of [mainWindowOf(fake), other]) {
      expect(win.webContents.eventNames()).toEqual(
        expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
      );
      expect((win.webContents.openHandler as () => unknown)()).toEqual({ action: 'deny' });
    }
  });

  it('opens a new main window when the app is started again after its main window was closed', async () => {
    const fake = await started();
    // Any other window (a print preview, say) keeps the process, and with it the lock, alive.
    new fake.module.BrowserWindow({ show: true });
    mainWindowOf(fake).destroy();
    expect(fake.module.app.exited).toBe(false);
    fake.secondInstance();
    const reopened = fake.windows().find((w) => w.loaded.includes('app://workbench/index.html'));
    expect(reopened).toBeDefined();
    await until(() => reopened!.shown);
  });

  it('shows and focuses the main window it has when started again', async () => {
    const fake = await started();
    fake.secondInstance();
    expect(mainWindowOf(fake).focused).toBe(1);
    expect(fake.windows()).toHaveLength(1);
  });

  it('ends a print window still waiting on a print job when the main window closes, so the app quits', async () => {
    const fake = await started();
    page(fake).answersWith(new Uint8Array([1]));
    // A print job whose callback never came: its hidden window would otherwise live on.
    const print = fake.module.ipcMain.handlers.get(CHANNELS.print)!;
    const win = mainWindowOf(fake);
    void print(
      { senderFrame: { parent: null, url: 'app://workbench/index.html' }, sender: win.webContents },
      {
        html: '<p>x</p>',
      },
    ).catch(() => undefined);
    await until(() => fake.windows().length === 2);
    win.close();
    await until(() => fake.module.app.exited);
    expect(fake.windows()).toEqual([]);
  });

  it('says the pages failed to load and quits, instead of keeping a hidden window (and the lock) for ever', async () => {
    const fake = await started({
      loadResult: () =>
        Object.assign(new Error("ERR_FILE_NOT_FOUND (-6) loading 'app://workbench/index.html'"), { errno: -6 }),
    });
    await until(() => fake.module.app.exited);
    expect(fake.module.dialog.errorBoxes).toEqual([
      { title: '人才工作台无法打开', content: expect.stringContaining('ERR_FILE_NOT_FOUND') },
    ]);
    expect(fake.windows()).toEqual([]);
  });

  it('closes at once when the page never said it listens, telling the user no backup was made', async () => {
    const fake = await started();
    mainWindowOf(fake).close();
    await until(() => fake.module.app.exited);
    expect(fake.module.dialog.messageBoxes).toEqual([
      expect.objectContaining({ message: '退出前没有完成自动备份', buttons: ['仍然退出', '暂不退出'] }),
    ]);
  });

  it('backs up before quitting when the page answers, saying nothing', async () => {
    const fake = await started();
    await page(fake).listens();
    page(fake).answersWith(await sealedBackup('quit', { reason: 'quit' }));
    fake.module.app.quit();
    await until(() => fake.module.app.exited);
    expect((await readdir(`${path.join(dir, 'profile')}-backups`)).filter((n) => n.endsWith('.twb'))).toHaveLength(1);
    expect(fake.module.dialog.messageBoxes).toEqual([]);
  });

  it('holds a Windows shutdown, backs up, then quits (no before-quit comes)', async () => {
    const fake = await started();
    await page(fake).listens();
    page(fake).answersWith(await sealedBackup('shutdown', { reason: 'quit' }));
    const event = {
      reasons: ['shutdown'],
      defaultPrevented: false,
      preventDefault: () => (event.defaultPrevented = true),
    };
    mainWindowOf(fake).emit('query-session-end', event);
    expect(event.defaultPrevented).toBe(true);
    await until(() => fake.module.app.exited);
    expect((await readdir(`${path.join(dir, 'profile')}-backups`)).filter((n) => n.endsWith('.twb'))).toHaveLength(1);
  });

  it('reloads a main window whose renderer is gone at the page that says why, and stops asking it for snapshots', async () => {
    const fake = await started();
    await page(fake).listens();
    const win = mainWindowOf(fake);
    win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    expect(win.loaded.at(-1)).toBe('app://workbench/index.html?renderer-gone=crashed');
    expect(fake.module.dialog.messageBoxes).toEqual([]);
    // The new page has not said it listens yet: closing does not wait for it.
    win.close();
    await until(() => fake.module.app.exited);
  });
});
