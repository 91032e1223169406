import { createHash } from 'node:crypto';
import { createBackupStore } from '../../electron/node/backups/backupStore';
import { createSnapshotRequests, type SnapshotRequests } from '../../electron/main/services/backups/snapshotRequests';
import path from 'node:path';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import pkg from '../../package.json';
import { createAppProtocolHandler } from '../../electron/main/protocol';
import { registerAll } from '../../electron/main/ipc/registerAll';
import type { InvokeEventLike, InvokeListener } from '../../electron/main/ipc/handle';
import type { DialogLike } from '../../electron/main/services/files';
import { createPrintDocuments } from '../../electron/main/services/printing';
import { getElectronHost } from '../../renderer/core/host/electronHost';
import type { HostBridge, HostWire } from '../../shared/core/bridge/contract';
import type { HostHarness } from './hostBridge.contract';

// The preload imports 'electron', which needs the binary: each test file mocks it (ELECTRON_MOCK) before this loads.
const { createPreloadBridge } = await import('../../electron/preload/index');

/**
 * What contextBridge does to the exposed object: results are copied; a thrown Error is rebuilt
 * in the page from its message alone (electron/electron#28346), losing code and params.
 */
function acrossContextBridge(bridge: HostBridge): HostBridge {
  const copied = {} as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const [name, method] of Object.entries(bridge) as Array<[string, (...args: unknown[]) => Promise<unknown>]>) {
    copied[name] = (...args) => {
      const result: unknown = method(...args);
      // onSnapshotRequest returns its unsubscribe function, which contextBridge proxies as is.
      if (!(result instanceof Promise)) return result as Promise<unknown>;
      return result.then(structuredClone, (error: unknown) => {
        throw new Error(error instanceof Error ? error.message : String(error));
      });
    };
  }
  return copied as unknown as HostBridge;
}

const mainFrame: InvokeEventLike = { senderFrame: { parent: null, url: 'app://workbench/index.html' } };

/**
 * renderer/core/host/electronHost → (contextBridge) → preload bridge → fake ipcRenderer → the REAL
 * main handlers (registerAll) → real services on a temp dir. Only the user (dialog answers) and
 * Chromium (page rendering, IPC transport) are faked.
 */
export interface ElectronHarness extends HostHarness {
  /** What the preload exposes to the page, before contextBridge: the piece calls themselves. */
  wire: HostWire;
  /** The next open dialog picks this file where it lies (a test's big file). */
  pickNextPath(filePath: string): void;
  /** A temp folder of the harness's own (removed on dispose). */
  root: string;
  savedDir: string;
  /** Main's own view of a snapshot request (quit): the page's answer before main acts on it. */
  requestSnapshot: SnapshotRequests['request'];
}

/** `pdfFails`: every printToPDF rejects, as Chromium's does when a page cannot be laid out. */
export async function makeElectronHarness(options: { pdfFails?: boolean } = {}): Promise<ElectronHarness> {
  const root = await fs.mkdtemp(path.join(tmpdir(), 'workbench-contract-'));
  const savedDir = path.join(root, 'saved');
  const pickDir = path.join(root, 'picked');
  await fs.mkdir(savedDir);
  await fs.mkdir(pickDir);

  let nextDialog: { cancel: true } | { pick: string } | undefined;
  const takeDialog = () => {
    const answer = nextDialog;
    nextDialog = undefined;
    return answer;
  };
  const dialog: DialogLike = {
    async showSaveDialog(...args: unknown[]) {
      const options = args.at(-1) as { defaultPath?: string };
      if (takeDialog()) return { canceled: true, filePath: '' };
      // The user accepts the suggested name in the folder the harness watches.
      return { canceled: false, filePath: path.join(savedDir, path.basename(options.defaultPath ?? 'unnamed')) };
    },
    async showOpenDialog() {
      const answer = takeDialog();
      if (!answer || 'cancel' in answer) return { canceled: true, filePaths: [] };
      return { canceled: false, filePaths: [answer.pick] };
    },
  };

  const printed: string[] = [];
  const documents = createPrintDocuments();
  const serve = createAppProtocolHandler({
    rootDir: path.join(root, 'no-renderer'),
    readFile: (f) => fs.readFile(f),
    printDocuments: documents,
  });

  const handlers = new Map<string, InvokeListener>();
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  // main → renderer events: webContents.send structured-clones the payload to the preload's listeners.
  const snapshots = createSnapshotRequests({
    send: (channel, payload) => {
      listeners.get(channel)?.forEach((listener) => listener({}, structuredClone(payload)));
      return true;
    },
    timeoutMs: 5000,
    newId: () => crypto.randomUUID(),
  });
  registerAll(
    { handle: (channel, listener) => void handlers.set(channel, listener) },
    {
      dialog,
      fs,
      shell: { showItemInFolder: () => undefined },
      app: { getName: () => pkg.productName, getVersion: () => pkg.version },
      platform: process.platform,
      windowFor: () => undefined,
      statfs: (dir) => fs.statfs(dir),
      // The profile and the backup folder, which does not exist before the first backup (as on a fresh install).
      storageDirs: [root, path.join(root, 'backups')],
      paths: { data: root, backups: path.join(root, 'backups') },
      backups: createBackupStore({
        fs,
        dir: path.join(root, 'backups'),
        now: () => new Date(),
        sha256: (b) => createHash('sha256').update(b).digest('hex'),
      }),
      snapshots,
      printing: {
        documents,
        createWindow: () => ({
          // The window fetches its page through the real app:// handler, as Chromium would.
          loadURL: async (url) => void printed.push(await (await serve(new Request(url))).text()),
          close: () => undefined,
          isDestroyed: () => false,
          webContents: {
            print: (_options, callback) => queueMicrotask(() => callback(true, '')),
            printToPDF: async () => {
              if (options.pdfFails) throw new Error('Failed to generate PDF');
              return new TextEncoder().encode('%PDF-1.7\n');
            },
          },
        }),
      },
      getPrinters: async () => [{ name: 'Office_Laser' }],
    },
  );

  // Mirrors Electron: arguments and results are structured-cloned; a rejection keeps only the message.
  const ipcRenderer = {
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      listeners.get(channel)?.delete(listener),
    async invoke(channel: string, ...args: unknown[]) {
      const listener = handlers.get(channel);
      if (!listener)
        throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
      try {
        return structuredClone(await listener(mainFrame, ...structuredClone(args)));
      } catch (error) {
        // eslint-disable-next-line preserve-caught-error -- Electron drops everything but the message; so must the fake.
        throw new Error(`Error invoking remote method '${channel}': ${String(error)}`);
      }
    },
  };

  const wire = createPreloadBridge(ipcRenderer);
  return {
    // The renderer's view: preload bridge, copied over contextBridge, wrapped by renderer/core/host.
    host: getElectronHost({ workbenchHost: acrossContextBridge(wire as unknown as HostBridge) })!,
    wire,
    root,
    savedDir,
    pickNextPath: (filePath) => void (nextDialog = { pick: filePath }),
    requestSnapshot: (reason) => snapshots.request(reason),
    kind: 'electron',
    version: pkg.version,
    canDetectCancelledSave: true,
    cancelNextDialog: () => void (nextDialog = { cancel: true }),
    async pickNextFile(name, bytes) {
      const file = path.join(pickDir, name);
      await fs.writeFile(file, bytes);
      nextDialog = { pick: file };
    },
    async savedFiles() {
      const names = (await fs.readdir(savedDir)).sort();
      return Promise.all(
        names.map(async (name) => ({ name, bytes: new Uint8Array(await fs.readFile(path.join(savedDir, name))) })),
      );
    },
    printedDocuments: () => printed,
    async askForSnapshot(reason) {
      const answer = await snapshots.request(reason);
      return answer.status === 'snapshot' ? answer.snapshot : null;
    },
    dispose: () => fs.rm(root, { recursive: true, force: true }),
  };
}
