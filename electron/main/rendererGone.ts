import type { RenderProcessGoneDetails } from 'electron';
import { MAIN_PAGE_URL } from './window';

/** The parts of the main window this needs; Electron's BrowserWindow is passed in, fakes in tests. */
export interface GoneWindowLike {
  isDestroyed(): boolean;
  loadURL(url: string): Promise<void>;
  webContents: {
    on(event: 'render-process-gone', listener: (event: unknown, details: RenderProcessGoneDetails) => void): unknown;
  };
}

/** More crashes than this within the window below: the page dies as it starts, so reloading again would loop. */
export const MAX_RELOADS = 3;
export const RELOAD_WINDOW_MS = 2 * 60_000;

/**
 * What the user reads when the page cannot be brought back: the one text main shows itself,
 * since no page is left to translate it, so it says it in both languages.
 */
export const GIVE_UP_MESSAGE = {
  title: '人才工作台 · Talent Office Workbench',
  content:
    '窗口连续意外停止，已不再自动重新打开。已保存的数据不受影响。请关闭本程序后重新打开；如仍出现，请联系技术人员。\n\n' +
    'The window stopped unexpectedly several times in a row and is not reopened again. Saved data is not affected. ' +
    'Close the program and open it again; if this happens again, call for technical support.',
};

/** The page the renderer shows after a crash: its query says why, and the page translates the message. */
export function reloadUrl(reason: RenderProcessGoneDetails['reason']): string {
  return `${MAIN_PAGE_URL}?renderer-gone=${encodeURIComponent(reason)}`;
}

/**
 * When the page's process is gone (it crashed, ran out of memory, was killed — Electron's
 * 'render-process-gone', RenderProcessGoneDetails.reason), the window would stay blank. Reload
 * the app's own page, which tells the user what happened (nothing saved is lost: every save was
 * a committed transaction). A clean exit is the window closing, not a crash. A page that keeps
 * dying on start is not reloaded a fourth time within two minutes; `onGiveUp` tells the user.
 */
export function reloadWhenRendererGone(
  win: GoneWindowLike,
  {
    now = () => Date.now(),
    log = () => undefined,
    onGiveUp,
  }: {
    now?: () => number;
    log?: (event: string, context: object) => void;
    onGiveUp: (details: RenderProcessGoneDetails) => void;
  },
): void {
  let recent: number[] = [];
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    log('renderer-gone', details);
    const at = now();
    recent = [...recent.filter((t) => at - t < RELOAD_WINDOW_MS), at];
    if (recent.length > MAX_RELOADS) return onGiveUp(details);
    // A failed load leaves the window as it was; the next crash (or the user) tries again.
    void win.loadURL(reloadUrl(details.reason)).catch(() => undefined);
  });
}
