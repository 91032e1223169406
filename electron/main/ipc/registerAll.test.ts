import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, HOST_SIGNALS } from '../../../shared/core/bridge/channels';
import { createPrintDocuments } from '../services/printing';
import type { InvokeEventLike, InvokeListener, IpcMainLike } from './handle';
import { registerAll, type HostServicesDeps } from './registerAll';

function setup(overrides: Partial<HostServicesDeps> = {}) {
  const handlers = new Map<string, InvokeListener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
  };
  const shell = { showItemInFolder: vi.fn() };
  const deps: HostServicesDeps = {
    dialog: {
      showSaveDialog: async () => ({ canceled: true, filePath: '' }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    },
    fs: {
      open: vi.fn(),
      lstat: vi.fn(),
      rename: vi.fn(),
      unlink: vi.fn(),
      stat: vi.fn(),
    },
    shell,
    app: { getName: () => 'Talent Office Workbench', getVersion: () => '0.1.0' },
    platform: 'linux',
    windowFor: () => undefined,
    statfs: async () => ({ bsize: 4096, bavail: 1024 ** 2, blocks: 1024 ** 3 }),
    storageDirs: ['/profile'],
    backups: {
      write: vi.fn(),
      stage: vi.fn(),
      keepStaged: vi.fn(),
      openForPieces: vi.fn(),
      list: vi.fn(async () => []),
      read: vi.fn(),
      newestGood: vi.fn(),
      policy: vi.fn(),
    },
    snapshots: { reply: vi.fn(), setListening: vi.fn() },
    printing: {
      documents: createPrintDocuments(),
      createWindow: () => ({
        loadURL: async () => undefined,
        close: () => undefined,
        isDestroyed: () => false,
        webContents: {
          // Electron 41's reason for a dismissed dialog (docs/api/web-contents.md, print()).
          print: (_o, callback) => callback(false, 'Print job canceled'),
          printToPDF: async () => new Uint8Array(),
        },
      }),
    },
    getPrinters: async () => [{ name: 'Office_Laser' }],
    ...overrides,
  };
  registerAll(ipcMain, deps);
  const event: InvokeEventLike = { senderFrame: { parent: null, url: 'app://workbench/index.html' } };
  const invoke = (channel: string, ...args: unknown[]) => handlers.get(channel)!(event, ...args);
  return { handlers, invoke, deps, shell };
}

describe('registerAll', () => {
  it("registers exactly one handler per bridge channel, and one for the preload's listening signal", () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual([...Object.values(CHANNELS), HOST_SIGNALS.snapshotListening].sort());
  });

  it("passes the page's listening signal to the snapshot requests, checked", async () => {
    const { invoke, deps } = setup();
    await invoke(HOST_SIGNALS.snapshotListening, { listening: true, language: 'en' });
    expect(deps.snapshots.setListening).toHaveBeenCalledWith({ listening: true, language: 'en' });
    await expect(invoke(HOST_SIGNALS.snapshotListening, { listening: 'yes' })).rejects.toThrow(/invalid-payload/);
  });

  it('routes each channel to its service', async () => {
    const { invoke, deps, shell } = setup();
    expect(await invoke(CHANNELS.saveFile, { suggestedName: 'a.docx', bytes: new Uint8Array([1]) })).toEqual({
      status: 'cancelled',
    });
    expect(await invoke(CHANNELS.beginRead, { source: { kind: 'picked' } })).toEqual({ status: 'cancelled' });
    expect(await invoke(CHANNELS.print, { html: '<p>x</p>' })).toEqual({ status: 'cancelled' });
    expect(await invoke(CHANNELS.printToPdf, { html: '<p>x</p>', suggestedName: 'a.pdf' })).toEqual({
      status: 'cancelled',
    });
    expect(await invoke(CHANNELS.showInFolder, { path: '/home/me/a.pdf' })).toBeUndefined();
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/home/me/a.pdf');
    expect(await invoke(CHANNELS.listPrinters)).toEqual([{ name: 'Office_Laser', isDefault: false }]);
    expect(await invoke(CHANNELS.appInfo)).toEqual({
      name: 'Talent Office Workbench',
      version: '0.1.0',
      host: 'electron',
      platform: 'linux',
    });
    // A cancelled dialog touched nothing on disk.
    expect(deps.fs.open).not.toHaveBeenCalled();
  });

  it('validates every channel with its schema before any service runs', async () => {
    const { invoke, deps } = setup();
    const invalid: Array<[string, unknown]> = [
      [CHANNELS.saveFile, { suggestedName: '../a.docx', bytes: new Uint8Array() }],
      [CHANNELS.beginRead, { source: { kind: 'picked', maxBytes: -1 } }],
      [CHANNELS.print, { html: '' }],
      [CHANNELS.printToPdf, { html: '<p/>', suggestedName: 'a/b.pdf' }],
      [CHANNELS.showInFolder, { path: '' }],
      [CHANNELS.listPrinters, { unexpected: true }],
      [CHANNELS.appInfo, 'x'],
    ];
    for (const [channel, payload] of invalid) {
      await expect(invoke(channel, payload), channel).rejects.toThrow(/"code":"invalid-payload"/);
    }
    expect(deps.fs.open).not.toHaveBeenCalled();
  });

  it('hands a backup to the store as it came, and refuses one that names its own date or rotation', async () => {
    const { invoke, deps } = setup();
    const bytes = new Uint8Array([1, 2, 3]);
    const meta = { reason: 'quit', schemaVersion: 4, counts: { units: 1 }, sha256: 'a'.repeat(64) };
    vi.mocked(deps.backups.write).mockResolvedValue({ path: '/b/x.twb', size: 3, meta: meta as never });
    await invoke(CHANNELS.writeBackup, { bytes, meta });
    expect(deps.backups.write).toHaveBeenCalledWith(bytes, meta);
    await expect(
      invoke(CHANNELS.writeBackup, { bytes, meta, retention: { keepLast: 1, keepDaily: 0 } }),
    ).rejects.toThrow(/"code":"invalid-payload"/);
    await expect(
      invoke(CHANNELS.writeBackup, { bytes, meta: { ...meta, createdAt: '2099-01-01T00:00:00.000Z' } }),
    ).rejects.toThrow(/"code":"invalid-payload","params":\{"field":"meta"\}/);
    expect(deps.backups.write).toHaveBeenCalledTimes(1);
  });

  it("reads and sets the store's rotation policy, refusing one outside the allowed range", async () => {
    const { invoke, deps } = setup();
    vi.mocked(deps.backups.policy).mockResolvedValue({ retention: { keepLast: 3, keepDaily: 7 }, stored: true });
    await invoke(CHANNELS.backupPolicy, { retention: { keepLast: 3, keepDaily: 7 } });
    expect(deps.backups.policy).toHaveBeenCalledWith({ keepLast: 3, keepDaily: 7 });
    await expect(invoke(CHANNELS.backupPolicy, { retention: { keepLast: 0, keepDaily: 7 } })).rejects.toThrow(
      /"code":"invalid-payload","params":\{"field":"retention.keepLast"\}/,
    );
    expect(deps.backups.policy).toHaveBeenCalledTimes(1);
  });

  it('refuses every channel to a sender outside the app', async () => {
    const { handlers } = setup();
    const foreign: InvokeEventLike = { senderFrame: { parent: null, url: 'https://example.com/' } };
    for (const [channel, listener] of handlers) {
      await expect(listener(foreign, undefined), channel).rejects.toThrow(/"code":"forbidden-sender"/);
    }
  });
});
