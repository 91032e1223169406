import path from 'node:path';
import fs from 'node:fs/promises';
import { createHash, randomUUID } from 'node:crypto';
import type * as Electron from 'electron';
import { registerAppScheme, serveApp } from './protocol';
import { applySessionSecurity, applyWindowSecurity } from './security';
import { registerAll } from './ipc/registerAll';
import { createPrintDocuments } from './services/printing';
import { createBackupStore } from '../node/backups/backupStore';
import { createSnapshotRequests } from './services/backups/snapshotRequests';
import { installQuitBackup, QUIT_BACKUP_TIMEOUT_MS } from './services/backups/quitBackup';
import { createMainWindow, createPrintWindows } from './window';
import { mainTexts } from './texts';
import { tellQuitBackup, watchRenderer } from './mainWindowEvents';
import { GIVE_UP_MESSAGE, reloadWhenRendererGone } from './rendererGone';

/** The Electron modules the main process uses; index.ts passes the real ones, tests a stub. */
export type MainProcessElectron = Pick<
  typeof Electron,
  'app' | 'BrowserWindow' | 'dialog' | 'ipcMain' | 'protocol' | 'session' | 'shell'
>;

const log = (event: string, context: object) => console.warn(event, context);

/**
 * The whole main process, wired. Every decision lives in a module unit-tested in Node with fakes;
 * tests/smoke runs the built bundle with a stub 'electron' to check this wiring and its order:
 * the single-instance lock, the sandbox and the privileged scheme come before 'ready'.
 */
export function startMainProcess(electron: MainProcessElectron): void {
  const { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } = electron;
  // A second copy would open the same IndexedDB from two windows; hand over to the first instead.
  if (!app.requestSingleInstanceLock()) return void app.quit();
  app.enableSandbox();
  registerAppScheme(protocol);

  let mainWindow: Electron.BrowserWindow | undefined;
  let openMainWindow: (() => void) | undefined;
  let quitting = false;

  // Every webContents ever created (main window, print windows, anything unforeseen) is hardened.
  app.on('web-contents-created', (_event, webContents) => applyWindowSecurity(webContents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void (quitting = true));
  // Another start hands over to this one: show the main window, or open a new one if it is gone.
  app.on('second-instance', () => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.show();
      mainWindow.focus();
    } else if (!quitting) openMainWindow?.();
  });

  void app.whenReady().then(() => {
    const isPackaged = app.isPackaged;
    const appRoot = app.getAppPath();
    const printDocuments = createPrintDocuments();
    const printWindows = createPrintWindows(BrowserWindow, { isPackaged });
    // Beside the profile, not in it: clearing the browser's site data or a broken IndexedDB spares it.
    const backupDir = `${app.getPath('userData')}-backups`;
    const backups = createBackupStore({
      fs,
      dir: backupDir,
      now: () => new Date(),
      sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
      freeBytes: async (dir) => {
        const stat = await fs.statfs(dir);
        return stat.bavail * stat.bsize;
      },
    });
    const snapshots = createSnapshotRequests({
      send: (channel, payload) => {
        if (!mainWindow || mainWindow.webContents.isDestroyed()) return false;
        mainWindow.webContents.send(channel, payload);
        return true;
      },
      timeoutMs: QUIT_BACKUP_TIMEOUT_MS,
      newId: randomUUID,
      log,
    });
    const texts = () => mainTexts(snapshots.language());
    // Closing the window, quitting, or Windows ending the session waits (up to the limit) for a backup.
    const quitBackup = installQuitBackup({
      app,
      getWindow: () => mainWindow,
      requestSnapshot: (reason) => snapshots.request(reason),
      backups,
      timeoutMs: QUIT_BACKUP_TIMEOUT_MS,
      showWaiting: (waiting) => {
        if (!mainWindow || mainWindow.isDestroyed()) return;
        mainWindow.setTitle(waiting ? texts().backingUp : texts().appName);
        mainWindow.setProgressBar(waiting ? 2 : -1);
      },
      tell: (outcome, canAsk) => tellQuitBackup(dialog, texts(), outcome, canAsk ? mainWindow : undefined),
      log,
    });

    serveApp(protocol, {
      rootDir: path.join(appRoot, 'dist', 'renderer'),
      readFile: (file) => fs.readFile(file),
      printDocuments,
    });
    applySessionSecurity(session.defaultSession, { isPackaged });

    registerAll(
      ipcMain,
      {
        dialog,
        fs,
        shell,
        app,
        platform: process.platform,
        defaultDir: app.getPath('documents'),
        windowFor: (event) => BrowserWindow.fromWebContents(event.sender as Electron.WebContents) ?? undefined,
        printing: { documents: printDocuments, createWindow: (options) => printWindows.create(options) },
        getPrinters: () => mainWindow?.webContents.getPrintersAsync() ?? Promise.resolve([]),
        statfs: (dir) => fs.statfs(dir),
        storageDirs: [app.getPath('userData'), backupDir],
        paths: { data: app.getPath('userData'), backups: backupDir },
        versions: process.versions,
        backups,
        snapshots,
      },
      // Only the main window talks to the host; print windows have no preload and no script anyway.
      { isTrustedSender: (event) => mainWindow !== undefined && event.sender === mainWindow.webContents },
    );

    openMainWindow = () => {
      const win = createMainWindow(BrowserWindow, {
        preloadPath: path.join(appRoot, 'dist-electron', 'preload.cjs'),
        isPackaged,
        onLoadFailed: (failed, error) => {
          log('main-window-load-failed', { error: String(error) });
          dialog.showErrorBox(texts().loadFailedTitle, texts().loadFailed(String(error).slice(0, 300)));
          if (!failed.isDestroyed()) failed.destroy();
        },
      });
      mainWindow = win;
      quitBackup.watchWindow(win);
      watchRenderer(win, { snapshots });
      // A crashed page (out of memory, killed) is reloaded with a message instead of staying blank.
      reloadWhenRendererGone(win, {
        log,
        onGiveUp: () => dialog.showErrorBox(GIVE_UP_MESSAGE.title, GIVE_UP_MESSAGE.content),
      });
      win.on('closed', () => {
        if (mainWindow === win) mainWindow = undefined;
        snapshots.setListening({ listening: false });
        // No print window may outlive the main one (see createPrintWindows).
        printWindows.destroyAll();
      });
    };
    openMainWindow();
  });
}
