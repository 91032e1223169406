import type { HostBridge } from '../../shared/core/bridge/contract';
import type { BackupEntry, SnapshotProvider, StoredBackupMeta } from '../../shared/core/bridge/backupSchemas';

/** A host for data-layer tests in Node: keeps automatic backups in memory; `provider` is what the page gave onSnapshotRequest. */
export function memoryHost(): HostBridge & {
  backups: Array<{ entry: BackupEntry; bytes: Uint8Array }>;
  provider: SnapshotProvider | null;
} {
  const backups: Array<{ entry: BackupEntry; bytes: Uint8Array }> = [];
  const refuse = async (): Promise<never> => {
    throw new Error('not available in data-layer tests');
  };
  const host = {
    backups,
    provider: null as SnapshotProvider | null,
    onSnapshotRequest(provide: SnapshotProvider) {
      host.provider = provide;
      return () => {
        if (host.provider === provide) host.provider = null;
      };
    },
    saveFile: refuse,
    openFile: refuse,
    print: refuse,
    printToPdf: refuse,
    saveArchive: refuse,
    showInFolder: refuse,
    listPrinters: async () => [],
    appInfo: async () => ({ name: 'test', version: '0.0.0', host: 'browser', platform: 'node' }),
    storageStatus: async () => ({ freeBytes: 1e12, totalBytes: 2e12, level: 'ok' }),
    async writeBackup({ bytes, meta }: { bytes: Uint8Array; meta: StoredBackupMeta }) {
      const entry = { path: `memory/${backups.length}-${meta.reason}`, size: bytes.length, meta };
      backups.unshift({ entry, bytes });
      return { status: 'written' as const, entry };
    },
    listBackups: async () => backups.map((b) => b.entry),
    async readBackup({ path }: { path: string }) {
      const found = backups.find((b) => b.entry.path === path);
      if (!found) throw new Error('not found');
      return found.bytes;
    },
  } satisfies HostBridge & { backups: unknown; provider: SnapshotProvider | null };
  return host;
}
