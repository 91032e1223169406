import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { AppError } from '../../../shared/core/errors';
import type { Dexie } from 'dexie';
import { SCHEMA_VERSION } from '../data/db';

/**
 * A snapshot of every table, as the plaintext payload of a backup: a zip holding
 * manifest.json (schema version, counts, per-table SHA-256), tables/<name>.json, and each
 * attachment's Blob as attachments/<id>. Blobs never go through JSON.
 */
export interface SnapshotManifest {
  schemaVersion: number;
  counts: Record<string, number>;
  /** hex SHA-256 of each tables/<name>.json */
  tableHashes: Record<string, string>;
}

const BLOB_FIELD = 'blob';

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Reads every table in one read transaction, so the snapshot is consistent. `db` is the live
 * database, or an older one opened in Dexie's dynamic mode (its own tables, `schemaVersion` its
 * version) to be kept before an upgrade.
 */
export async function exportSnapshot(
  db: Dexie,
  schemaVersion = SCHEMA_VERSION,
): Promise<{ bytes: Uint8Array; manifest: SnapshotManifest }> {
  const files: Zippable = {};
  const manifest: SnapshotManifest = { schemaVersion, counts: {}, tableHashes: {} };
  const rowsByTable = await db.transaction('r', db.tables, async () =>
    Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
  for (const [name, rows] of rowsByTable) {
    const plain: unknown[] = [];
    for (const row of rows as Record<string, unknown>[]) {
      const blob = row[BLOB_FIELD];
      if (blob instanceof Blob) {
        files[`attachments/${String(row.id)}`] = [new Uint8Array(await blob.arrayBuffer()), { level: 0 }];
        plain.push({ ...row, [BLOB_FIELD]: { type: blob.type, size: blob.size } });
      } else plain.push(row);
    }
    const json = strToU8(JSON.stringify(plain));
    files[`tables/${name}.json`] = json;
    manifest.counts[name] = rows.length;
    manifest.tableHashes[name] = await sha256Hex(json);
  }
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  return { bytes: zipSync(files, { level: 6 }), manifest };
}

export interface ParsedSnapshot {
  manifest: SnapshotManifest;
  tables: Record<string, Record<string, unknown>[]>;
}

/** Unpacks and checks a snapshot completely: every table present, counted and hashed as listed. */
export async function parseSnapshot(bytes: Uint8Array): Promise<ParsedSnapshot> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new AppError('backup-invalid', { rule: 'corrupt' });
  }
  const manifestBytes = files['manifest.json'];
  if (!manifestBytes) throw new AppError('backup-invalid', { rule: 'corrupt' });
  const manifest = JSON.parse(strFromU8(manifestBytes)) as SnapshotManifest;
  if (manifest.schemaVersion > SCHEMA_VERSION) throw new AppError('backup-invalid', { rule: 'newer-version' });
  const tables: ParsedSnapshot['tables'] = {};
  for (const [name, count] of Object.entries(manifest.counts)) {
    const json = files[`tables/${name}.json`];
    if (!json || (await sha256Hex(json)) !== manifest.tableHashes[name])
      throw new AppError('backup-invalid', { rule: 'corrupt' });
    const rows = JSON.parse(strFromU8(json)) as Record<string, unknown>[];
    if (rows.length !== count) throw new AppError('backup-invalid', { rule: 'corrupt' });
    tables[name] = rows.map((row) => {
      const meta = row[BLOB_FIELD] as { type: string; size: number } | undefined;
      if (!meta || typeof meta !== 'object' || !('size' in meta)) return row;
      const data = files[`attachments/${String(row.id)}`];
      if (!data || data.length !== meta.size) throw new AppError('backup-invalid', { rule: 'corrupt' });
      return { ...row, [BLOB_FIELD]: new Blob([data as BlobPart], { type: meta.type }) };
    });
  }
  return { manifest, tables };
}
