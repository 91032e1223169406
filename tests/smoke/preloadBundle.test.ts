import { EventEmitter } from 'node:events';
import * as timers from 'node:timers';
import * as url from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CHANNELS, HOST_SIGNALS } from '../../shared/core/bridge/channels';
import { readBundle } from './bundles';

/*
 * dist-electron/preload.cjs run the way Electron 41 runs a sandboxed preload
 * (lib/sandboxed_renderer/preload.ts, runPreloadScript; docs/tutorial/sandbox.md "Preload scripts"):
 * wrapped in `(function(require, process, exports, module, Buffer, global, setImmediate,
 * clearImmediate) { … })` and evaluated in the page's isolated world, where `require` knows only
 * 'electron', 'events', 'timers' and 'url' (with node: prefixes) and throws
 * "module not found: <name>" for anything else. No Node globals exist beyond those parameters.
 */

interface Exposed {
  key: string;
  api: Record<string, (...args: unknown[]) => unknown>;
}

function runSandboxedPreload() {
  const exposed: Exposed[] = [];
  const invoked: Array<{ channel: string; args: unknown[] }> = [];
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: Exposed['api']) => void exposed.push({ key, api }),
    },
    ipcRenderer: Object.assign(new EventEmitter(), {
      invoke: async (channel: string, ...args: unknown[]) => void invoked.push({ channel, args }),
    }),
    crashReporter: {},
    nativeImage: {},
    webFrame: {},
    webUtils: {},
  };
  const loaded = new Map<string, unknown>([
    ['electron', electron],
    ['electron/common', electron],
    ['electron/renderer', electron],
    ['events', { EventEmitter, default: EventEmitter }],
    ['node:events', { EventEmitter, default: EventEmitter }],
    ['timers', timers],
    ['node:timers', timers],
    ['url', url],
    ['node:url', url],
  ]);
  const required: string[] = [];
  const preloadRequire = (name: string) => {
    required.push(name);
    if (!loaded.has(name)) throw new Error(`module not found: ${name}`);
    return loaded.get(name);
  };
  // The isolated world: web APIs only (what a page has), plus the page's DOM.
  const world = vm.createContext({
    console,
    setTimeout,
    clearTimeout,
    queueMicrotask,
    TextEncoder,
    TextDecoder,
    URL,
    structuredClone,
    crypto: globalThis.crypto,
    document: { documentElement: { lang: 'zh-CN' } },
  });
  const preloadProcess = Object.assign(new EventEmitter(), {
    platform: 'win32',
    sandboxed: true,
    contextIsolated: true,
    type: 'renderer',
    env: {},
    versions: { electron: '41.7.1' },
  });
  const wrapper = vm.runInContext(
    `(function(require, process, exports, module, Buffer, global, setImmediate, clearImmediate) {\n${readBundle('preload.cjs')}\n})`,
    world,
  ) as (...args: unknown[]) => void;
  const exports = {};
  wrapper(preloadRequire, preloadProcess, exports, { exports }, Buffer, world, setImmediate, clearImmediate);
  return { exposed, invoked, required };
}

describe('dist-electron/preload.cjs in a sandboxed renderer', () => {
  it('loads with only what a sandboxed preload may require', () => {
    const { required } = runSandboxedPreload();
    expect(required).toEqual(['electron']);
  });

  it('exposes the host bridge as window.workbenchHost with every method, and nothing else', () => {
    const { exposed } = runSandboxedPreload();
    expect(exposed.map((e) => e.key)).toEqual(['workbenchHost']);
    const { api } = exposed[0];
    expect(Object.keys(api).sort()).toEqual(Object.keys(CHANNELS).sort());
    for (const method of Object.values(api)) expect(typeof method).toBe('function');
  });

  it('sends a call on its channel, and tells main when the page listens for snapshot requests', async () => {
    const { exposed, invoked } = runSandboxedPreload();
    const { api } = exposed[0];
    await api.listPrinters();
    api.onSnapshotRequest(async () => null);
    expect(invoked).toEqual([
      { channel: CHANNELS.listPrinters, args: [] },
      { channel: HOST_SIGNALS.snapshotListening, args: [{ listening: true, language: 'zh-CN' }] },
    ]);
  });
});
