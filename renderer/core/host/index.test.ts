// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  delete (window as { workbenchHost?: unknown }).workbenchHost;
  vi.resetModules();
});

describe('getHost', () => {
  it('uses the browser host when no Electron bridge is exposed, and keeps it', async () => {
    const { getHost } = await import('./index');
    const host = getHost();
    expect((await host.appInfo()).host).toBe('browser');
    expect(getHost()).toBe(host);
  });

  it('uses the Electron bridge when the preload exposed one', async () => {
    const appInfo = vi.fn(async () => ({ name: 'n', version: '1', host: 'electron', platform: 'win32' }));
    (window as { workbenchHost?: unknown }).workbenchHost = { appInfo };
    const { getHost } = await import('./index');
    expect((await getHost().appInfo()).host).toBe('electron');
    expect(appInfo).toHaveBeenCalled();
  });
});
