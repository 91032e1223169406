import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/bridge/channels';
import { AppError } from '../../shared/errors';

// The real 'electron' module needs the Electron binary; the preload only needs these two.
const { exposeInMainWorld } = vi.hoisted(() => ({ exposeInMainWorld: vi.fn() }));
vi.mock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke: vi.fn() } }));

const { createPreloadBridge, decodeBridgeError } = await import('./index');

describe('preload bridge', () => {
  beforeEach(() => vi.clearAllMocks());

  it('exposes one method per capability as window.workbenchHost, and nothing else', () => {
    const bridge = createPreloadBridge({ invoke: vi.fn() });
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(CHANNELS).sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('ipcRenderer');
  });

  it('sends each method on its own channel with the request as the only argument', async () => {
    const invoke = vi.fn(async () => ({ status: 'cancelled' }));
    const bridge = createPreloadBridge({ invoke });
    const save = { suggestedName: 'a.docx', bytes: new Uint8Array([1]) };
    await bridge.saveFile(save);
    await bridge.listPrinters();
    expect(invoke).toHaveBeenNthCalledWith(1, CHANNELS.saveFile, save);
    expect(invoke).toHaveBeenNthCalledWith(2, CHANNELS.listPrinters);
  });

  it('turns an IPC rejection back into an AppError with its code and params', async () => {
    const invoke = vi.fn(async () => {
      throw new Error(`Error invoking remote method 'host:save-file': Error: {"code":"disk-full","params":{"free":0}}`);
    });
    const error = await createPreloadBridge({ invoke }).saveFile({ suggestedName: 'a', bytes: new Uint8Array() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'disk-full', params: { free: 0 } });
  });

  it('calls anything unrecognisable an unknown error', () => {
    expect(decodeBridgeError(new Error("No handler registered for 'host:x'"))).toMatchObject({ code: 'unknown' });
    expect(decodeBridgeError(new Error('Error: {"code":"made-up","params":{}}'))).toMatchObject({ code: 'unknown' });
    expect(decodeBridgeError(new Error('Error: {"code":"file-exists","params":{"nested":{"x":1},"name":"a"}}'))).toMatchObject({
      code: 'file-exists',
      params: { name: 'a' },
    });
  });
});

describe('preload module', () => {
  it('registers the bridge under workbenchHost when loaded', async () => {
    vi.resetModules();
    exposeInMainWorld.mockClear();
    await import('./index');
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = exposeInMainWorld.mock.calls[0];
    expect(key).toBe('workbenchHost');
    expect(Object.keys(api).sort()).toEqual(Object.keys(CHANNELS).sort());
  });
});
