import { EventEmitter } from 'node:events';

/*
 * A stand-in for the 'electron' module as the main process uses it, written to Electron 41's
 * documented behaviour (node_modules/electron/electron.d.ts and docs/api), not to what the code
 * expects. Quoted where it matters:
 * - app.quit(): "The before-quit event will be emitted first. If all windows are successfully
 *   closed, the will-quit event will be emitted"; then 'window-all-closed' "would not be emitted".
 * - BrowserWindow close(): emits 'close' (preventable) then 'closed'; destroy(): "close event will
 *   also not be emitted for this window, but it guarantees the closed event will be emitted".
 * - 'window-all-closed': "Emitted when all windows have been closed" — hidden ones count.
 * - enableSandbox(), protocol.registerSchemesAsPrivileged(): only before 'ready' (they throw here).
 * - ipcMain.handle(): a second handler for a channel throws.
 */

export interface Preventable {
  preventDefault(): void;
  defaultPrevented: boolean;
}

function preventable(extra: object = {}): Preventable {
  const event = {
    ...extra,
    defaultPrevented: false,
    preventDefault: () => void (event.defaultPrevented = true),
  };
  return event;
}

export interface FakeElectronOptions {
  /** requestSingleInstanceLock()'s answer: false when another instance holds it. */
  gotLock?: boolean;
  /** How loadURL of a main-window URL ends; an Error rejects like did-fail-load. */
  loadResult?: (url: string) => Error | undefined;
  /** app.getPath('userData'); the backup folder is `${userData}-backups`. */
  userData?: string;
  /** app.getAppPath(): where dist/renderer and dist-electron are (app.asar when packaged). */
  appPath?: string;
}

export function createFakeElectron(options: FakeElectronOptions = {}) {
  const calls: string[] = [];
  const windows = new Set<FakeBrowserWindow>();
  let isReady = false;
  let quitting = false;
  let resolveReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));

  class FakeWebContents extends EventEmitter {
    sent: Array<{ channel: string; payload: unknown }> = [];
    destroyed = false;
    openHandler: unknown;
    reloads = 0;
    send(channel: string, payload: unknown) {
      this.sent.push({ channel, payload });
    }
    isDestroyed() {
      return this.destroyed;
    }
    setWindowOpenHandler(handler: unknown) {
      this.openHandler = handler;
    }
    reload() {
      this.reloads += 1;
    }
    async getPrintersAsync() {
      return [];
    }
    print() {}
    async printToPDF() {
      return new Uint8Array();
    }
  }

  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows = () => [...windows];
    static fromWebContents = (wc: unknown) => [...windows].find((w) => w.webContents === wc) ?? null;
    readonly webContents = new FakeWebContents();
    loaded: string[] = [];
    shown = false;
    destroyed = false;
    focused = 0;
    title = '';
    progress = -1;
    constructor(readonly options: Record<string, unknown>) {
      super();
      calls.push('new BrowserWindow');
      windows.add(this);
      // Electron emits web-contents-created for every new webContents.
      app.emit('web-contents-created', preventable(), this.webContents);
    }
    async loadURL(url: string) {
      this.loaded.push(url);
      const failure = options.loadResult?.(url);
      if (failure) throw failure;
      queueMicrotask(() => this.emit('ready-to-show'));
    }
    show() {
      this.shown = true;
    }
    focus() {
      this.focused += 1;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    setTitle(title: string) {
      this.title = title;
    }
    setProgressBar(progress: number) {
      this.progress = progress;
    }
    isDestroyed() {
      return this.destroyed;
    }
    close() {
      if (this.destroyed) return;
      const event = preventable();
      this.emit('close', event);
      if (!event.defaultPrevented) this.destroy();
    }
    destroy() {
      if (this.destroyed) return;
      this.destroyed = true;
      this.webContents.destroyed = true;
      windows.delete(this);
      this.emit('closed');
      if (windows.size === 0 && !quitting) app.emit('window-all-closed', preventable());
    }
  }

  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    exited: false,
    requestSingleInstanceLock: () => {
      calls.push('requestSingleInstanceLock');
      return options.gotLock ?? true;
    },
    enableSandbox: () => {
      if (isReady) throw new Error('app.enableSandbox() can only be called before app is ready');
      calls.push('enableSandbox');
    },
    whenReady: () => readyPromise,
    isReady: () => isReady,
    getAppPath: () => options.appPath ?? '/opt/workbench/resources/app.asar',
    getPath: (name: string) => {
      const userData = options.userData ?? '/home/office/.config/workbench';
      return name === 'userData' ? userData : `${userData}/${name}`;
    },
    getName: () => 'Talent Office Workbench',
    getVersion: () => '0.1.0',
    getLocale: () => 'zh-CN',
    quit: () => {
      calls.push('quit');
      const before = preventable();
      app.emit('before-quit', before);
      if (before.defaultPrevented) return;
      quitting = true;
      for (const win of [...windows]) {
        win.close();
        if (!win.isDestroyed()) return void (quitting = false);
      }
      app.emit('will-quit', preventable());
      app.exited = true;
    },
  });

  const protocol = {
    handlers: new Map<string, (request: Request) => Promise<Response>>(),
    privileged: [] as unknown[],
    registerSchemesAsPrivileged(schemes: unknown[]) {
      if (isReady) throw new Error('registerSchemesAsPrivileged can only be called before app is ready');
      calls.push('registerSchemesAsPrivileged');
      protocol.privileged.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response>) {
      calls.push(`protocol.handle ${scheme}`);
      protocol.handlers.set(scheme, handler);
    },
  };

  const ipcMain = {
    handlers: new Map<string, (...args: unknown[]) => Promise<unknown>>(),
    handle(channel: string, listener: (...args: unknown[]) => Promise<unknown>) {
      if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcMain.handlers.set(channel, listener);
    },
  };

  const session = {
    defaultSession: Object.assign(new EventEmitter(), {
      hardened: [] as string[],
      webRequest: { onBeforeRequest: () => session.defaultSession.hardened.push('onBeforeRequest') },
      setPermissionRequestHandler: () => session.defaultSession.hardened.push('permissionRequest'),
      setPermissionCheckHandler: () => session.defaultSession.hardened.push('permissionCheck'),
    }),
  };

  const dialog = {
    errorBoxes: [] as Array<{ title: string; content: string }>,
    messageBoxes: [] as Array<Record<string, unknown>>,
    /** The button index the user picks in the next message box. */
    nextResponse: 0,
    showErrorBox: (title: string, content: string) => void dialog.errorBoxes.push({ title, content }),
    showMessageBox: async (...args: unknown[]) => {
      dialog.messageBoxes.push(args.at(-1) as Record<string, unknown>);
      return { response: dialog.nextResponse, checkboxChecked: false };
    },
    showSaveDialog: async () => ({ canceled: true, filePath: '' }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  };

  const shell = { showItemInFolder: () => undefined };

  return {
    module: { app, BrowserWindow: FakeBrowserWindow, dialog, ipcMain, protocol, session, shell },
    calls,
    windows: () => [...windows],
    /** Electron's 'ready': whenReady() resolves; the test awaits the handlers it runs. */
    async ready() {
      calls.push('ready');
      isReady = true;
      resolveReady();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    /** Another start of the app: Electron emits 'second-instance' in this one. */
    secondInstance: () => app.emit('second-instance', preventable(), [], '/'),
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
