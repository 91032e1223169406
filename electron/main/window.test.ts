import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './security';
import { createMainWindow, createPrintWindow, createPrintWindows, MAIN_PAGE_URL } from './window';

/** Stands in for Electron's BrowserWindow: records options, listeners and loads. */
class FakeBrowserWindow {
  static created: FakeBrowserWindow[] = [];
  readonly listeners = new Map<string, (...args: unknown[]) => unknown>();
  readonly webContentsListeners = new Map<string, (...args: unknown[]) => unknown>();
  openHandler: unknown;
  loaded: string[] = [];
  shown = false;
  closed = false;
  readonly webContents = {
    // never[]: stands for each event's own listener type.
    on: (event: string, listener: (...args: never[]) => unknown) =>
      void this.webContentsListeners.set(event, listener as (...args: unknown[]) => unknown),
    setWindowOpenHandler: (handler: unknown) => void (this.openHandler = handler),
    print: () => undefined,
    printToPDF: async () => new Uint8Array(),
  };

  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeBrowserWindow.created.push(this);
  }
  once(event: string, listener: () => void) {
    this.listeners.set(event, listener);
    return this;
  }
  async loadURL(url: string) {
    this.loaded.push(url);
    if (FakeBrowserWindow.nextLoadFails) throw FakeBrowserWindow.nextLoadFails;
  }
  static nextLoadFails: Error | undefined;
  show() {
    this.shown = true;
  }
  close() {
    this.closed = true;
  }
  destroy() {
    this.closed = true;
    this.listeners.get('closed')?.();
  }
  isDestroyed() {
    return this.closed;
  }
}

const onLoadFailed = () => undefined;

describe('createMainWindow', () => {
  it('uses the hardened preferences with the preload and loads the app page', () => {
    const win = createMainWindow(FakeBrowserWindow, {
      preloadPath: '/app/dist-electron/preload.cjs',
      isPackaged: true,
      onLoadFailed,
    });
    expect(win.options.webPreferences).toEqual(
      secureWebPreferences('/app/dist-electron/preload.cjs', { isPackaged: true }),
    );
    expect(win.options.webPreferences?.devTools).toBe(false);
    expect(win.loaded).toEqual([MAIN_PAGE_URL]);
    expect(MAIN_PAGE_URL).toBe('app://workbench/index.html');
  });

  it('applies navigation, webview and pop-up guards to its web contents', () => {
    const win = createMainWindow(FakeBrowserWindow, { preloadPath: '/p.cjs', isPackaged: true, onLoadFailed });
    expect([...win.webContentsListeners.keys()].sort()).toEqual([
      'preload-error',
      'will-attach-webview',
      'will-navigate',
      'will-redirect',
    ]);
    expect((win.openHandler as () => unknown)()).toEqual({ action: 'deny' });
  });

  it('stays hidden until its first paint is ready', () => {
    const win = createMainWindow(FakeBrowserWindow, { preloadPath: '/p.cjs', isPackaged: false, onLoadFailed });
    expect(win.options.show).toBe(false);
    expect(win.shown).toBe(false);
    win.listeners.get('ready-to-show')?.();
    expect(win.shown).toBe(true);
  });

  // docs/api/web-contents.md loadURL: "rejects if the page fails to load (see did-fail-load)", with
  // an Error such as "ERR_FILE_NOT_FOUND (-6) loading '<url>'" (lib/browser/api/web-contents.ts).
  it('hands a page that fails to load to onLoadFailed instead of staying hidden', async () => {
    FakeBrowserWindow.nextLoadFails = new Error("ERR_FILE_NOT_FOUND (-6) loading 'app://workbench/index.html'");
    const failures: unknown[] = [];
    const win = createMainWindow(FakeBrowserWindow, {
      preloadPath: '/p.cjs',
      isPackaged: true,
      onLoadFailed: (failed, error) => failures.push([failed, error]),
    });
    FakeBrowserWindow.nextLoadFails = undefined;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(failures).toEqual([
      [win, expect.objectContaining({ message: expect.stringContaining('ERR_FILE_NOT_FOUND') })],
    ]);
  });

  // web-contents 'preload-error': "Emitted when the preload script preloadPath throws an unhandled
  // exception error" — the page would then run without its bridge.
  it('hands a preload that throws to onLoadFailed', () => {
    const failures: unknown[] = [];
    const win = createMainWindow(FakeBrowserWindow, {
      preloadPath: '/p.cjs',
      isPackaged: true,
      onLoadFailed: (_failed, error) => failures.push(error),
    });
    const error = new Error('module not found: fs');
    win.webContentsListeners.get('preload-error')?.({}, '/p.cjs', error);
    expect(failures).toEqual([error]);
  });
});

describe('createPrintWindows', () => {
  it('destroys every print window still open, and forgets those closed on their own', () => {
    const printWindows = createPrintWindows(FakeBrowserWindow, { isPackaged: true });
    const done = printWindows.create({ show: false, title: 'a' });
    const stuck = printWindows.create({ show: false, title: 'b' });
    done.destroy();
    expect(printWindows.count()).toBe(1);
    printWindows.destroyAll();
    expect(stuck.closed).toBe(true);
    expect(printWindows.count()).toBe(0);
  });
});

describe('createPrintWindow', () => {
  it('is as hardened as the main window, with JavaScript off and no preload', () => {
    const win = createPrintWindow(FakeBrowserWindow, { show: false, title: 'Notice', isPackaged: true });
    expect(win.options.webPreferences).toEqual({
      ...secureWebPreferences(undefined, { isPackaged: true }),
      javascript: false,
    });
    expect(win.options.webPreferences).not.toHaveProperty('preload');
    expect(win.options).toMatchObject({ show: false, title: 'Notice' });
    expect(win.webContentsListeners.has('will-navigate')).toBe(true);
    expect((win.openHandler as () => unknown)()).toEqual({ action: 'deny' });
  });
});
