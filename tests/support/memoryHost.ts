import type { HostBridge } from '../../shared/bridge/contract';
import type { BackupEntry, StoredBackupMeta } from '../../shared/bridge/backupSchemas';

/** A host for data-layer tests in Node: keeps automatic backups in memory. */
export function memoryHost(): HostBridge & { backups: Array<{ entry: BackupEntry; bytes: Uint8Array }> } {
  const backups: Array<{ entry: BackupEntry; bytes: Uint8Array }> = [];
  const refuse = async (): Promise<never> => {
    throw new Error('not available in data-layer tests');
  };
  return {
    backups,
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
      return { status: 'written', entry };
    },
    listBackups: async () => backups.map((b) => b.entry),
    async readBackup({ path }) {
      const found = backups.find((b) => b.entry.path === path);
      if (!found) throw new Error('not found');
      return found.bytes;
    },
  };
}
