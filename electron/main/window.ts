import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN } from '../../shared/core/bridge/channels';
import { applyWindowSecurity, secureWebPreferences, type WebContentsLike } from './security';
import type { PrintWindowLike } from './services/printing';

/** The main window's webContents: the security guards' events, and a preload that failed to run. */
export type MainWebContentsLike = WebContentsLike & {
  on(event: 'preload-error', listener: (event: unknown, preloadPath: string, error: Error) => void): unknown;
};

/** The BrowserWindow surface used here; the constructor is injected so tests run in Node. */
export interface BrowserWindowLike {
  webContents: MainWebContentsLike;
  loadURL(url: string): Promise<void>;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
}

export type BrowserWindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

export const MAIN_PAGE_URL = `${APP_ORIGIN}/index.html`;

export function mainWindowOptions(preloadPath: string, isPackaged: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    webPreferences: secureWebPreferences(preloadPath, { isPackaged }),
  };
}

/**
 * The main window, hidden until its first paint. A page that fails to load (no dist/renderer, a
 * damaged app.asar: loadURL rejects, docs/api/web-contents.md "rejects if the page fails to
 * load") would leave it hidden for ever, holding the single-instance lock; so would a preload that
 * throws (the page would run without its bridge). Both go to `onLoadFailed`, which must say so
 * and end the window.
 */
export function createMainWindow<W extends BrowserWindowLike>(
  BrowserWindow: BrowserWindowConstructor<W>,
  {
    preloadPath,
    isPackaged,
    onLoadFailed,
  }: { preloadPath: string; isPackaged: boolean; onLoadFailed: (win: W, error: unknown) => void },
): W {
  // Electronegativity cannot follow the options into secureWebPreferences (security.ts), which isolates,
  // sandboxes and turns Auxclick off for every window (security.test.ts, window.test.ts): false positives.
  const options = mainWindowOptions(preloadPath, isPackaged);
  const win = new BrowserWindow(options); /* eng-disable contextIsolationJSCheck sandboxJSCheck auxclickJSCheck */
  applyWindowSecurity(win.webContents);
  win.once('ready-to-show', () => win.show());
  win.webContents.on('preload-error', (_event, _preloadPath, error) => onLoadFailed(win, error));
  void win.loadURL(MAIN_PAGE_URL).catch((error: unknown) => onLoadFailed(win, error));
  return win;
}

/**
 * Print windows: the same hardening plus no JavaScript and no preload. They render HTML the
 * renderer built from user data, so nothing in that HTML may run or reach the host.
 */
export function printWindowOptions({
  show,
  title,
  isPackaged,
}: {
  show: boolean;
  title: string;
  isPackaged: boolean;
}): BrowserWindowConstructorOptions {
  return {
    show,
    title,
    width: 900,
    height: 1100,
    webPreferences: { ...secureWebPreferences(undefined, { isPackaged }), javascript: false },
  };
}

export function createPrintWindow<W extends PrintWindowLike & { webContents: WebContentsLike }>(
  BrowserWindow: BrowserWindowConstructor<W>,
  options: { show: boolean; title: string; isPackaged: boolean },
): W {
  // Electronegativity cannot follow the options into secureWebPreferences (security.ts), which isolates,
  // sandboxes and turns Auxclick off for every window (security.test.ts, window.test.ts): false positives.
  const settings = printWindowOptions(options);
  const win = new BrowserWindow(settings); /* eng-disable contextIsolationJSCheck sandboxJSCheck auxclickJSCheck */
  applyWindowSecurity(win.webContents);
  return win;
}

/** A print window as the registry sees it: it can be destroyed, and says when it is closed. */
export interface TrackedPrintWindow extends PrintWindowLike {
  webContents: PrintWindowLike['webContents'] & WebContentsLike;
  destroy(): void;
  once(event: 'closed', listener: () => void): unknown;
}

/**
 * Every print window, so none outlives the main window. A hidden print window left open (a print
 * job that never answered) keeps 'window-all-closed' from firing: the app would stay running with
 * no window, holding the single-instance lock, and every later start would only try to focus it.
 */
export function createPrintWindows<W extends TrackedPrintWindow>(
  BrowserWindow: BrowserWindowConstructor<W>,
  { isPackaged }: { isPackaged: boolean },
) {
  const open = new Set<W>();
  return {
    create(options: { show: boolean; title: string }): W {
      const win = createPrintWindow(BrowserWindow, { ...options, isPackaged });
      open.add(win);
      win.once('closed', () => open.delete(win));
      return win;
    },
    /** destroy(), not close(): no unload handlers, nothing a stuck print job could hold up. */
    destroyAll(): void {
      for (const win of open) if (!win.isDestroyed()) win.destroy();
      open.clear();
    },
    count: () => open.size,
  };
}
