import path from 'node:path';
import fs from 'node:fs/promises';
import { createHash, randomUUID } from 'node:crypto';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell, type WebContents } from 'electron';
import { registerAppScheme, serveApp } from './protocol';
import { applySessionSecurity, applyWindowSecurity } from './security';
import { registerAll } from './ipc/registerAll';
import { createPrintDocuments } from './services/printing';
import { createBackupStore } from '../node/backups/backupStore';
import { createSnapshotRequests } from './services/backups/snapshotRequests';
import { installQuitBackup, QUIT_BACKUP_TIMEOUT_MS } from './services/backups/quitBackup';
import { createMainWindow, createPrintWindow } from './window';
import { GIVE_UP_MESSAGE, reloadWhenRendererGone } from './rendererGone';

/*
 * Wiring only: every decision lives in a module that is unit-tested in Node with fakes.
 * Order matters: the scheme and the sandbox must be set before 'ready'.
 */

let mainWindow: BrowserWindow | undefined;

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function start(): void {
  app.enableSandbox();
  registerAppScheme(protocol);

  // Every webContents ever created (main window, print windows, anything unforeseen) is hardened.
  app.on('web-contents-created', (_event, webContents) => applyWindowSecurity(webContents));
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    const isPackaged = app.isPackaged;
    const appRoot = app.getAppPath();
    const printDocuments = createPrintDocuments();
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
      log: (event, context) => console.warn(event, context),
    });
    // Closing the window or quitting waits (up to the limit) for an automatic backup.
    const quitBackup = installQuitBackup({
      app,
      getWindow: () => mainWindow,
      requestSnapshot: (reason) => snapshots.request(reason),
      backups,
      timeoutMs: QUIT_BACKUP_TIMEOUT_MS,
      log: (event, context) => console.warn(event, context),
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
        windowFor: (event) => BrowserWindow.fromWebContents(event.sender as WebContents) ?? undefined,
        printing: {
          documents: printDocuments,
          createWindow: (options) => createPrintWindow(BrowserWindow, { ...options, isPackaged }),
        },
        getPrinters: () => mainWindow?.webContents.getPrintersAsync() ?? Promise.resolve([]),
        statfs: (dir) => fs.statfs(dir),
        storageDirs: [app.getPath('userData'), backupDir],
        backups,
        snapshots,
      },
      // Only the main window talks to the host; print windows have no preload and no script anyway.
      { isTrustedSender: (event) => mainWindow !== undefined && event.sender === mainWindow.webContents },
    );

    mainWindow = createMainWindow(BrowserWindow, {
      preloadPath: path.join(appRoot, 'dist-electron', 'preload.cjs'),
      isPackaged,
    });
    quitBackup.watchWindow(mainWindow);
    // A crashed page (out of memory, killed) is reloaded with a message instead of staying blank.
    reloadWhenRendererGone(mainWindow, {
      log: (event, context) => console.warn(event, context),
      onGiveUp: () => dialog.showErrorBox(GIVE_UP_MESSAGE.title, GIVE_UP_MESSAGE.content),
    });
    mainWindow.on('closed', () => {
      mainWindow = undefined;
    });
  });
}

// A second copy would open the same IndexedDB from two windows; hand over to the first instead.
if (app.requestSingleInstanceLock()) start();
else app.quit();
