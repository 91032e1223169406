import path from 'node:path';
import { AppError } from '../../../shared/core/errors';
import {
  backupRequestMetaSchema,
  MAX_WHOLE_BACKUP_BYTES,
  type BackupPolicy,
  type BackupRequestMeta,
} from '../../../shared/core/bridge/backupSchemas';
import { STORAGE_THRESHOLDS } from '../../../shared/core/storage/levels';
import { atomicWriteFile, syncDirectory, tempPathFor, toWriteError } from '../atomicWrite';
import { readAt, type PieceFs, type ReadableFile } from '../pieces';
import { MAX_PIECED_BYTES } from '../../../shared/core/bridge/limits';
import { requireSealedFile, sha256OfFile, type ReadAt } from './sealedFile';
import { encodeSidecar, parseSidecar, sameChecksum, type StoredBackupMeta } from './backupMeta';
import { freeDataFileName, isDataFileName, sidecarName } from './backupNames';
import { createPolicyFile } from './backupPolicy';
import { requireSealedBackup } from './sealedBackup';
import { chooseToKeep, newestFirst, type RetentionPolicy } from './rotation';

/** The node:fs/promises calls the store makes; the real module satisfies it, tests inject faults. */
export interface BackupFs extends PieceFs {
  mkdir(dirPath: string, options: { recursive: true; mode?: number }): Promise<unknown>;
  chmod?(dirPath: string, mode: number): Promise<void>;
  readdir(dirPath: string): Promise<string[]>;
  readFile(filePath: string): Promise<Uint8Array>;
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
}

export type BackupLog = (event: string, context: Record<string, unknown>) => void;

export interface BackupStoreDeps {
  fs: BackupFs;
  /** Outside the browser profile (app.getPath('userData')/backups), so clearing site data spares it. */
  dir: string;
  now: () => Date;
  /** Lower- or upper-case hex SHA-256 of the bytes. */
  sha256: (bytes: Uint8Array) => string | Promise<string>;
  /**
   * What the bytes must be to be kept; by default an automatic backup encrypted for the office's
   * accounts whose header agrees with the meta (sealedBackup.ts).
   */
  verify?: (bytes: Uint8Array, meta: BackupRequestMeta) => Promise<void>;
  /** The same for a backup staged from pieces, read through `readAt`; by default requireSealedFile (checksum too). */
  verifyFile?: (readAt: ReadAt, size: number, meta: BackupRequestMeta) => Promise<void>;
  /**
   * Free bytes on the backup folder's disk (statfs); a backup that would leave less than the critical level is refused.
   */
  freeBytes?: (dir: string) => Promise<number>;
  log?: BackupLog;
}

/** A complete backup: data file present and non-empty, sidecar parsed. Not yet checksummed. */
export interface BackupEntry {
  path: string;
  size: number;
  meta: StoredBackupMeta;
}

export interface BackupStore {
  /**
   * Validates `meta` again at run time: it comes from the renderer. The store decides the date,
   * the sequence and the name, and rotates afterwards with its own policy (policy()).
   */
  write(bytes: Uint8Array, meta: BackupRequestMeta): Promise<BackupEntry>;
  /** A backup to arrive in pieces (pieces.ts): meta checked, folder made, room checked; where to write it. */
  stage(size: number, meta: unknown): Promise<{ tempPath: string; meta: BackupRequestMeta }>;
  /** The staged file complete: checked as write() checks bytes, then kept like them (dated, numbered, rotated). */
  keepStaged(tempPath: string, meta: BackupRequestMeta): Promise<BackupEntry>;
  /** One of the folder's backups, checksum verified, to be read in pieces. */
  openForPieces(filePath: string): Promise<ReadableFile>;
  /** Newest first by sequence. */
  list(): Promise<BackupEntry[]>;
  read(filePath: string): Promise<Uint8Array>;
  newestGood(): Promise<(BackupEntry & { bytes: Uint8Array }) | null>;
  /** The rotation policy; with `retention`, replaces it first (applied from the next write on). */
  policy(retention?: RetentionPolicy): Promise<BackupPolicy>;
}

/** Only the account that runs the app may list, read or write the backups (ignored where the OS has no modes). */
const DIR_MODE = 0o700;
const FILE_MODE = 0o600;

function errnoCode(error: unknown): string | undefined {
  const code = error && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

function toReadError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = errnoCode(error);
  if (code === 'ENOENT') return new AppError('not-found', {}, error);
  if (code === 'EACCES' || code === 'EPERM') return new AppError('permission-denied', {}, error);
  return new AppError('file-read-failed', { reason: code ?? 'unknown' }, error);
}

const asCandidate = (entry: BackupEntry) => ({
  path: entry.path,
  sequence: entry.meta.sequence,
  createdAt: new Date(entry.meta.createdAt),
});

export function createBackupStore(deps: BackupStoreDeps): BackupStore {
  const { fs, now, sha256 } = deps;
  const dir = path.resolve(deps.dir);
  const policyFile = createPolicyFile(fs, dir, FILE_MODE);
  const verify = deps.verify ?? requireSealedBackup;
  const log: BackupLog = deps.log ?? ((event, context) => console.warn(event, context));
  const sidecarPath = (dataPath: string) => path.join(dir, sidecarName(path.basename(dataPath)));

  async function names(): Promise<string[]> {
    try {
      return await fs.readdir(dir);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return [];
      throw toReadError(error);
    }
  }

  async function describe(name: string): Promise<BackupEntry | null> {
    const dataPath = path.join(dir, name);
    try {
      const info = await fs.stat(dataPath);
      if (!info.isFile() || info.size <= 0) return null;
      const meta = parseSidecar(await fs.readFile(sidecarPath(dataPath)));
      if (!meta) log('backup-sidecar-unreadable', { name });
      return meta ? { path: dataPath, size: info.size, meta } : null;
    } catch {
      // A sidecar without its data file (or the reverse) is what a crash between the two
      // writes, or a half-finished deletion, leaves: not a backup, and not an error either.
      return null;
    }
  }

  async function list(): Promise<BackupEntry[]> {
    const found = await Promise.all((await names()).filter(isDataFileName).map(describe));
    return found
      .filter((entry): entry is BackupEntry => entry !== null)
      .sort((a, b) => newestFirst(asCandidate(a), asCandidate(b)));
  }

  /** Only a backup data file directly inside `dir`: a path from IPC must not read anything else. */
  function insideDir(filePath: unknown): string {
    const resolved = typeof filePath === 'string' && filePath.length > 0 ? path.resolve(dir, filePath) : '';
    if (!resolved || path.dirname(resolved) !== dir || !isDataFileName(path.basename(resolved))) {
      throw new AppError('invalid-payload', { reason: 'outside-backup-folder' });
    }
    return resolved;
  }

  async function read(filePath: string): Promise<Uint8Array> {
    const dataPath = insideDir(filePath);
    let sidecar: Uint8Array;
    let bytes: Uint8Array;
    try {
      // A file larger than any backup the app writes is not read into memory at all.
      if ((await fs.stat(dataPath)).size > MAX_WHOLE_BACKUP_BYTES)
        throw new AppError('validation', { reason: 'too-large' });
      sidecar = await fs.readFile(sidecarPath(dataPath));
      bytes = await fs.readFile(dataPath);
    } catch (error) {
      throw toReadError(error);
    }
    const meta = parseSidecar(sidecar);
    if (!meta) throw new AppError('validation', { reason: 'sidecar' });
    if (!sameChecksum(await sha256(bytes), meta.sha256)) throw new AppError('validation', { reason: 'checksum' });
    return bytes;
  }

  async function newestGood(): Promise<(BackupEntry & { bytes: Uint8Array }) | null> {
    for (const entry of await list()) {
      try {
        return { ...entry, bytes: await read(entry.path) };
      } catch (error) {
        log('backup-unusable', { path: entry.path, error: toReadError(error).toJSON() });
      }
    }
    return null;
  }

  /** Deletes what the policy lets go. Never fatal: the new backup is already safe on disk. */
  async function rotate(justWritten: string): Promise<void> {
    try {
      const { retention } = await policyFile.read();
      const entries = await list();
      const keep = chooseToKeep(entries.map(asCandidate), {
        keepLast: retention.keepLast,
        keepDaily: retention.keepDaily,
        now: now(),
      });
      // The backup just written is the one the user expects to find, whatever the policy.
      keep.add(justWritten);
      for (const entry of entries) {
        if (keep.has(entry.path)) continue;
        try {
          // Data first: if only that succeeds, the leftover is a small orphan sidecar list()
          // ignores; the other way round would strand a large data file no one lists.
          await fs.unlink(entry.path);
          await fs.unlink(sidecarPath(entry.path));
        } catch (error) {
          log('backup-rotation-delete-failed', { path: entry.path, code: errnoCode(error) ?? 'unknown' });
        }
      }
    } catch (error) {
      log('backup-rotation-failed', { code: errnoCode(error) ?? toReadError(error).code });
    }
  }

  async function ensureFolder(): Promise<void> {
    try {
      await fs.mkdir(dir, { recursive: true, mode: DIR_MODE });
      await fs.chmod?.(dir, DIR_MODE).catch(() => undefined);
    } catch (error) {
      throw toWriteError(error);
    }
  }

  /** A backup that would leave the disk below the critical level would starve the database itself. */
  async function checkRoom(size: number): Promise<void> {
    const free = deps.freeBytes ? await deps.freeBytes(dir).catch(() => Infinity) : Infinity;
    if (free - size < STORAGE_THRESHOLDS.criticalBytes) throw new AppError('disk-full', {});
  }

  function parseMeta(metaInput: unknown): BackupRequestMeta {
    const parsed = backupRequestMetaSchema.safeParse(metaInput);
    if (parsed.success) return parsed.data;
    throw new AppError(
      'validation',
      { reason: 'meta', field: parsed.error.issues[0]?.path.join('.') ?? '' },
      parsed.error,
    );
  }

  /** Dates, numbers and names a checked backup; `place` puts its bytes at the data path; the sidecar follows. */
  async function keep(
    request: BackupRequestMeta,
    size: number,
    place: (dataPath: string) => Promise<void>,
  ): Promise<BackupEntry> {
    const existing = await list();
    const createdAt = now();
    const meta: StoredBackupMeta = {
      ...request,
      createdAt: createdAt.toISOString(),
      sequence: Math.max(0, ...existing.map((entry) => entry.meta.sequence ?? 0)) + 1,
    };
    const name = freeDataFileName(createdAt, meta.reason, new Set(await names()));
    if (!name) throw new AppError('file-exists', { name: 'backup' });
    const dataPath = path.join(dir, name);
    // Data file first, sidecar last: a sidecar on disk always points at complete bytes.
    await place(dataPath);
    try {
      await atomicWriteFile(fs, sidecarPath(dataPath), encodeSidecar(meta), { overwrite: false, mode: FILE_MODE });
    } catch (error) {
      // Without its sidecar the data file is an orphan list() ignores; on a full disk it would
      // only take the space the next attempt needs.
      await fs.unlink(dataPath).catch(() => undefined);
      throw toWriteError(error);
    }
    await rotate(dataPath);
    return { path: dataPath, size, meta };
  }

  async function writeNow(bytes: Uint8Array, metaInput: unknown): Promise<BackupEntry> {
    const meta = parseMeta(metaInput);
    // list() treats an empty data file as a failed write, so an empty backup could never be found.
    if (!(bytes instanceof Uint8Array) || bytes.byteLength === 0) throw new AppError('validation', { reason: 'empty' });
    if (bytes.byteLength > MAX_WHOLE_BACKUP_BYTES) throw new AppError('validation', { reason: 'too-large' });
    if (!sameChecksum(await sha256(bytes), meta.sha256)) throw new AppError('validation', { reason: 'checksum' });
    await verify(bytes, meta);
    await ensureFolder();
    await checkRoom(bytes.byteLength);
    return keep(meta, bytes.byteLength, (dataPath) =>
      atomicWriteFile(fs, dataPath, bytes, { overwrite: false, mode: FILE_MODE }),
    );
  }

  /** A backup arriving in pieces: its meta checked and room made sure of before the first piece. */
  async function stage(size: number, metaInput: unknown): Promise<{ tempPath: string; meta: BackupRequestMeta }> {
    const meta = parseMeta(metaInput);
    if (!(size > 0)) throw new AppError('validation', { reason: 'empty' });
    if (size > MAX_PIECED_BYTES) throw new AppError('validation', { reason: 'too-large' });
    await ensureFolder();
    await checkRoom(size);
    // Not a data file's name: list() never sees it, whatever happens to it.
    return { tempPath: tempPathFor(path.join(dir, 'staged-backup')), meta };
  }

  /** The staged file, complete and synced: checked in one streaming pass, then renamed into place. */
  async function keepStaged(tempPath: string, meta: BackupRequestMeta): Promise<BackupEntry> {
    const { size } = await fs.stat(tempPath);
    await (deps.verifyFile ?? requireSealedFile)((offset, length) => readAt(fs, tempPath, offset, length), size, meta);
    return keep(meta, size, async (dataPath) => {
      await fs.rename(tempPath, dataPath);
      await syncDirectory(fs, dir);
    });
  }

  /** A backup to be read in pieces: only one of the folder's, its checksum verified before the first piece. */
  async function openForPieces(filePath: string): Promise<ReadableFile> {
    const dataPath = insideDir(filePath);
    let size: number;
    let meta: StoredBackupMeta | null;
    try {
      size = (await fs.stat(dataPath)).size;
      if (size > MAX_PIECED_BYTES) throw new AppError('validation', { reason: 'too-large' });
      meta = parseSidecar(await fs.readFile(sidecarPath(dataPath)));
    } catch (error) {
      throw toReadError(error);
    }
    if (!meta) throw new AppError('validation', { reason: 'sidecar' });
    const actual = await sha256OfFile((offset, length) => readAt(fs, dataPath, offset, length), size).catch(
      (error: unknown) => {
        throw toReadError(error);
      },
    );
    if (!sameChecksum(actual, meta.sha256)) throw new AppError('validation', { reason: 'checksum' });
    return { path: dataPath, name: path.basename(dataPath), size };
  }

  // One write at a time: an idle backup and a quit backup must not pick the same name or
  // rotate away each other's files; a policy change waits for the write before it.
  let queue: Promise<unknown> = Promise.resolve();
  function queued<T>(work: () => Promise<T>): Promise<T> {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  }

  return {
    write: (bytes, meta) => queued(() => writeNow(bytes, meta)),
    stage,
    keepStaged: (tempPath, meta) => queued(() => keepStaged(tempPath, meta)),
    openForPieces,
    list,
    read,
    newestGood,
    policy: (retention) =>
      retention === undefined
        ? policyFile.read()
        : queued(async () => {
            await ensureFolder();
            return policyFile.write(retention);
          }),
  };
}
