import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, HOST_EVENTS, HOST_SIGNALS } from '../../shared/core/bridge/channels';
import { AppError } from '../../shared/core/errors';

// The real 'electron' module needs the Electron binary; the preload only needs these two.
const { exposeInMainWorld } = vi.hoisted(() => ({ exposeInMainWorld: vi.fn() }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}));

const { createPreloadBridge, decodeBridgeError } = await import('./index');

/** ipcRenderer with a way for the test to play main sending an event. */
function fakeIpc(invoke: (channel: string, ...args: unknown[]) => Promise<unknown> = vi.fn()) {
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  return {
    invoke,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      listeners.get(channel)?.delete(listener),
    emit: (channel: string, payload: unknown) => listeners.get(channel)?.forEach((listener) => listener({}, payload)),
  };
}

describe('preload bridge', () => {
  beforeEach(() => vi.clearAllMocks());

  it('exposes one method per capability as window.workbenchHost, and nothing else', () => {
    const bridge = createPreloadBridge(fakeIpc());
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(CHANNELS).sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('ipcRenderer');
  });

  it('sends each method on its own channel with the request as the only argument', async () => {
    const invoke = vi.fn(async () => ({ status: 'cancelled' }));
    const bridge = createPreloadBridge(fakeIpc(invoke));
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
    const error = await createPreloadBridge(fakeIpc(invoke))
      .saveFile({ suggestedName: 'a', bytes: new Uint8Array() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'disk-full', params: { free: 0 } });
  });

  it("answers main's request for a snapshot with what the page provides, on the reply channel", async () => {
    const invoke = vi.fn(async () => undefined);
    const ipc = fakeIpc(invoke);
    const snapshot = { bytes: new Uint8Array([1]), meta: { reason: 'quit' } };
    const provide = vi.fn(async () => snapshot as never);
    createPreloadBridge(ipc).onSnapshotRequest(provide);
    ipc.emit(HOST_EVENTS.snapshotRequest, { requestId: 'r1', reason: 'quit' });
    await vi.waitFor(() =>
      expect(invoke).toHaveBeenCalledWith(CHANNELS.onSnapshotRequest, { requestId: 'r1', snapshot }),
    );
    expect(provide).toHaveBeenCalledWith('quit');
  });

  it('tells main the page listens as soon as it subscribes, and that it stopped when it unsubscribes', () => {
    const invoke = vi.fn(async () => undefined);
    const unsubscribe = createPreloadBridge(fakeIpc(invoke)).onSnapshotRequest(async () => null);
    expect(invoke).toHaveBeenCalledWith(HOST_SIGNALS.snapshotListening, { listening: true });
    unsubscribe();
    expect(invoke).toHaveBeenLastCalledWith(HOST_SIGNALS.snapshotListening, { listening: false });
  });

  it("says why when the page's provider fails, so main need not wait for its time limit", async () => {
    const invoke = vi.fn(async () => undefined);
    const ipc = fakeIpc(invoke);
    createPreloadBridge(ipc).onSnapshotRequest(async () => {
      throw new AppError('storage-failed');
    });
    ipc.emit(HOST_EVENTS.snapshotRequest, { requestId: 'r2', reason: 'quit' });
    await vi.waitFor(() =>
      expect(invoke).toHaveBeenCalledWith(CHANNELS.onSnapshotRequest, {
        requestId: 'r2',
        snapshot: null,
        failure: 'storage-failed',
      }),
    );
  });

  it('stops answering once the page unsubscribes', async () => {
    const invoke = vi.fn(async () => undefined);
    const ipc = fakeIpc(invoke);
    const provide = vi.fn(async () => null);
    const unsubscribe = createPreloadBridge(ipc).onSnapshotRequest(provide);
    unsubscribe();
    invoke.mockClear();
    ipc.emit(HOST_EVENTS.snapshotRequest, { requestId: 'r3', reason: 'quit' });
    await new Promise((r) => setTimeout(r, 10));
    expect(provide).not.toHaveBeenCalled();
    expect(invoke).not.toHaveBeenCalled();
  });

  it('calls anything unrecognisable an unknown error', () => {
    expect(decodeBridgeError(new Error("No handler registered for 'host:x'"))).toMatchObject({ code: 'unknown' });
    expect(decodeBridgeError(new Error('Error: {"code":"made-up","params":{}}'))).toMatchObject({ code: 'unknown' });
    expect(
      decodeBridgeError(new Error('Error: {"code":"file-exists","params":{"nested":{"x":1},"name":"a"}}')),
    ).toMatchObject({
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
