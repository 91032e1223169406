import type { HostBridge } from '../../shared/core/bridge/contract';
import type {
  BackupEntry,
  BackupPolicy,
  BackupRequestMeta,
  SnapshotProvider,
} from '../../shared/core/bridge/backupSchemas';
import { DEFAULT_BACKUP_RETENTION } from '../../shared/core/backup/retention';

/**
 * A host for data-layer tests in Node: keeps automatic backups in memory, dated by `now` (the
 * host's clock, which a test may set) and numbered like the real store; `provider` is what the
 * page gave onSnapshotRequest.
 */
export function memoryHost(): HostBridge & {
  backups: Array<{ entry: BackupEntry; bytes: Uint8Array }>;
  provider: SnapshotProvider | null;
  policy: BackupPolicy;
  now: () => Date;
} {
  const backups: Array<{ entry: BackupEntry; bytes: Uint8Array }> = [];
  const refuse = async (): Promise<never> => {
    throw new Error('not available in data-layer tests');
  };
  const host = {
    backups,
    provider: null as SnapshotProvider | null,
    policy: { retention: DEFAULT_BACKUP_RETENTION, stored: false } as BackupPolicy,
    now: (): Date => new Date(),
    onSnapshotRequest(provide: SnapshotProvider) {
      host.provider = provide;
      return () => {
        if (host.provider === provide) host.provider = null;
      };
    },
    saveFile: refuse,
    openFile: refuse,
    openFileAsBlob: refuse,
    print: refuse,
    printToPdf: refuse,
    saveArchive: refuse,
    showInFolder: refuse,
    listPrinters: async () => [],
    appInfo: async () => ({ name: 'test', version: '0.0.0', host: 'browser', platform: 'node' }),
    storageStatus: async () => ({ freeBytes: 1e12, totalBytes: 2e12, level: 'ok' }),
    async backupPolicy({ retention }: { retention?: BackupPolicy['retention'] }): Promise<BackupPolicy> {
      if (retention) host.policy = { retention, stored: true };
      return host.policy;
    },
    async writeBackup({
      bytes,
      meta,
    }: {
      bytes: Uint8Array;
      meta: BackupRequestMeta;
    }): Promise<{ status: 'written'; entry: BackupEntry }> {
      const sequence: number = backups.length + 1;
      const stored = { ...meta, createdAt: host.now().toISOString(), sequence } as BackupEntry['meta'];
      const entry = { path: `memory/${sequence}-${meta.reason}`, size: bytes.length, meta: stored };
      backups.unshift({ entry, bytes });
      return { status: 'written' as const, entry };
    },
    listBackups: async () => backups.map((b) => b.entry),
    async readBackup({ path }: { path: string }) {
      const found = backups.find((b) => b.entry.path === path);
      if (!found) throw new Error('not found');
      return found.bytes;
    },
  } satisfies HostBridge & {
    backups: unknown;
    provider: SnapshotProvider | null;
    policy: BackupPolicy;
    now: () => Date;
  };
  return host;
}
