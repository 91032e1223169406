import { existsSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, HOST_SIGNALS } from '../../shared/core/bridge/channels';
import { createFakeElectron, type FakeElectronOptions } from '../../electron/main/testing/fakeElectron';
import { bundle, readBundle, root } from './bundles';

/*
 * dist-electron/main.cjs as Electron loads it (package.json "main"), with 'electron' a stub
 * written to Electron 41's documented behaviour (electron/main/testing/fakeElectron.ts): its
 * enableSandbox() and registerSchemesAsPrivileged() throw after 'ready', as Electron's do.
 */

const require = createRequire(import.meta.url);
const mainFile = bundle('main.cjs');

let userData: string;
beforeEach(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'workbench-smoke-'));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(userData, { recursive: true, force: true });
});

/** Requires the bundle afresh with `electron` resolved to the stub, as Electron's loader provides it. */
function loadMain(options: FakeElectronOptions = {}) {
  readBundle('main.cjs');
  const fake = createFakeElectron({ userData: path.join(userData, 'profile'), appPath: root, ...options });
  const electronId = require.resolve('electron', { paths: [path.dirname(mainFile)] });
  const stub = new Module(electronId);
  stub.exports = fake.module;
  stub.loaded = true;
  require.cache[electronId] = stub;
  delete require.cache[mainFile];
  try {
    require(mainFile);
  } finally {
    delete require.cache[electronId];
  }
  return fake;
}

describe('dist-electron/main.cjs with a stub electron', () => {
  it('takes the single-instance lock, turns the sandbox on and registers app:// before ready', async () => {
    const fake = loadMain();
    expect(fake.calls).toEqual(['requestSingleInstanceLock', 'enableSandbox', 'registerSchemesAsPrivileged']);
    expect(fake.module.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    await fake.ready();
  });

  it('quits at once, opening nothing, when another copy holds the lock', async () => {
    const fake = loadMain({ gotLock: false });
    await fake.ready();
    expect(fake.calls).toEqual(['requestSingleInstanceLock', 'quit', 'ready']);
    expect(fake.windows()).toEqual([]);
  });

  it('once ready, registers the app:// handler, every IPC channel, the session guards and the main window', async () => {
    const fake = loadMain();
    await fake.ready();
    expect([...fake.module.protocol.handlers.keys()]).toEqual(['app']);
    expect([...fake.module.ipcMain.handlers.keys()].sort()).toEqual(
      [...Object.values(CHANNELS), HOST_SIGNALS.snapshotListening].sort(),
    );
    expect(fake.module.session.defaultSession.hardened).toEqual([
      'onBeforeRequest',
      'permissionRequest',
      'permissionCheck',
    ]);
    expect(fake.module.session.defaultSession.eventNames()).toContain('will-download');
    const [win] = fake.windows();
    expect(win.options).toMatchObject({
      show: false,
      webPreferences: {
        preload: path.join(root, 'dist-electron', 'preload.cjs'),
        sandbox: true,
        contextIsolation: true,
      },
    });
    expect(existsSync((win.options.webPreferences as { preload: string }).preload)).toBe(true);
    expect(win.loaded).toEqual(['app://workbench/index.html']);
    for (const event of ['second-instance', 'window-all-closed', 'before-quit', 'web-contents-created'])
      expect(fake.module.app.eventNames(), event).toContain(event);
    expect(win.eventNames()).toEqual(expect.arrayContaining(['close', 'closed', 'query-session-end', 'session-end']));
  });

  it('serves the built renderer at app://workbench/ with its CSP', async () => {
    const fake = loadMain();
    await fake.ready();
    const response = await fake.module.protocol.handlers.get('app')!(new Request('app://workbench/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await response.text()).toContain('<div id="root"></div>');
  });
});
