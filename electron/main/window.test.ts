import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './security';
import { createMainWindow, createPrintWindow, MAIN_PAGE_URL } from './window';

/** Stands in for Electron's BrowserWindow: records options, listeners and loads. */
class FakeBrowserWindow {
  static created: FakeBrowserWindow[] = [];
  readonly listeners = new Map<string, (...args: unknown[]) => unknown>();
  readonly webContentsListeners = new Map<string, unknown>();
  openHandler: unknown;
  loaded: string[] = [];
  shown = false;
  closed = false;
  readonly webContents = {
    on: (event: string, listener: unknown) => void this.webContentsListeners.set(event, listener),
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
  }
  show() {
    this.shown = true;
  }
  close() {
    this.closed = true;
  }
  isDestroyed() {
    return this.closed;
  }
}

describe('createMainWindow', () => {
  it('uses the hardened preferences with the preload and loads the app page', () => {
    const win = createMainWindow(FakeBrowserWindow, {
      preloadPath: '/app/dist-electron/preload.cjs',
      isPackaged: true,
    });
    expect(win.options.webPreferences).toEqual(
      secureWebPreferences('/app/dist-electron/preload.cjs', { isPackaged: true }),
    );
    expect(win.options.webPreferences?.devTools).toBe(false);
    expect(win.loaded).toEqual([MAIN_PAGE_URL]);
    expect(MAIN_PAGE_URL).toBe('app://workbench/index.html');
  });

  it('applies navigation, webview and pop-up guards to its web contents', () => {
    const win = createMainWindow(FakeBrowserWindow, { preloadPath: '/p.cjs', isPackaged: true });
    expect([...win.webContentsListeners.keys()].sort()).toEqual([
      'will-attach-webview',
      'will-navigate',
      'will-redirect',
    ]);
    expect((win.openHandler as () => unknown)()).toEqual({ action: 'deny' });
  });

  it('stays hidden until its first paint is ready', () => {
    const win = createMainWindow(FakeBrowserWindow, { preloadPath: '/p.cjs', isPackaged: false });
    expect(win.options.show).toBe(false);
    expect(win.shown).toBe(false);
    win.listeners.get('ready-to-show')?.();
    expect(win.shown).toBe(true);
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
