import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN } from '../../shared/core/bridge/channels';
import { applyWindowSecurity, secureWebPreferences, type WebContentsLike } from './security';
import type { PrintWindowLike } from './services/printing';

/** The BrowserWindow surface used here; the constructor is injected so tests run in Node. */
export interface BrowserWindowLike {
  webContents: WebContentsLike;
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

export function createMainWindow<W extends BrowserWindowLike>(
  BrowserWindow: BrowserWindowConstructor<W>,
  { preloadPath, isPackaged }: { preloadPath: string; isPackaged: boolean },
): W {
  // Electronegativity cannot follow the options into secureWebPreferences (security.ts), which isolates,
  // sandboxes and turns Auxclick off for every window (security.test.ts, window.test.ts): false positives.
  const options = mainWindowOptions(preloadPath, isPackaged);
  const win = new BrowserWindow(options); /* eng-disable contextIsolationJSCheck sandboxJSCheck auxclickJSCheck */
  applyWindowSecurity(win.webContents);
  win.once('ready-to-show', () => win.show());
  // A failed load (missing dist/renderer) leaves the window hidden; the protocol answers 404, not a crash.
  void win.loadURL(MAIN_PAGE_URL).catch(() => undefined);
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
