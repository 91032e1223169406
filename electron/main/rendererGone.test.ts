import type { RenderProcessGoneDetails } from 'electron';
import { describe, expect, it } from 'vitest';
import { MAIN_PAGE_URL } from './window';
import { MAX_RELOADS, RELOAD_WINDOW_MS, reloadUrl, reloadWhenRendererGone } from './rendererGone';

/**
 * Stands in for the main BrowserWindow as Electron declares it: webContents emits
 * 'render-process-gone' with (event, RenderProcessGoneDetails { reason, exitCode }), where reason is
 * clean-exit | abnormal-exit | killed | crashed | oom | launch-failed | integrity-failure | memory-eviction.
 */
function fakeWindow() {
  let listener: ((event: unknown, details: RenderProcessGoneDetails) => void) | null = null;
  const win = {
    destroyed: false,
    loaded: [] as string[],
    isDestroyed: () => win.destroyed,
    loadURL: async (url: string) => void win.loaded.push(url),
    webContents: {
      on: (event: string, l: typeof listener) => {
        expect(event).toBe('render-process-gone');
        listener = l;
      },
    },
    gone: (reason: RenderProcessGoneDetails['reason'], exitCode = 1) => listener!({}, { reason, exitCode }),
  };
  return win;
}

describe('a renderer that is gone', () => {
  it('is reloaded at the app page, which is told why (out of memory, crashed, killed)', () => {
    const win = fakeWindow();
    let clock = 0;
    reloadWhenRendererGone(win, { now: () => (clock += RELOAD_WINDOW_MS), onGiveUp: () => undefined });
    win.gone('oom');
    win.gone('crashed');
    win.gone('killed');
    expect(win.loaded).toEqual([reloadUrl('oom'), reloadUrl('crashed'), reloadUrl('killed')]);
    expect(reloadUrl('oom')).toBe(`${MAIN_PAGE_URL}?renderer-gone=oom`);
  });

  it('is left alone when it exited cleanly (the window closing) or the window is already destroyed', () => {
    const win = fakeWindow();
    reloadWhenRendererGone(win, { onGiveUp: () => undefined });
    win.gone('clean-exit', 0);
    win.destroyed = true;
    win.gone('crashed');
    expect(win.loaded).toEqual([]);
  });

  it('is not reloaded into a loop: past three crashes in two minutes the user is told instead', () => {
    const win = fakeWindow();
    let clock = 0;
    const gaveUp: string[] = [];
    reloadWhenRendererGone(win, { now: () => clock, onGiveUp: (d) => gaveUp.push(d.reason) });
    for (let i = 0; i < MAX_RELOADS + 1; i++) {
      clock += 1000;
      win.gone('crashed');
    }
    expect(win.loaded).toHaveLength(MAX_RELOADS);
    expect(gaveUp).toEqual(['crashed']);
    clock += RELOAD_WINDOW_MS;
    win.gone('oom');
    expect(win.loaded.at(-1)).toBe(reloadUrl('oom'));
  });
});
