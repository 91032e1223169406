import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { AppError } from '../../../shared/core/errors';
import type { Dexie } from 'dexie';
import { SCHEMA_VERSION } from '../data/db';
import { storesAt } from '../data/schema/versions';

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

/** Every table a database of `version` has: what a snapshot of that version must hold. */
export function tablesOfVersion(version: number): string[] {
  return Object.keys(storesAt(version));
}

const corrupt = () => new AppError('backup-invalid', { rule: 'corrupt' });

function parseJson<T>(bytes: Uint8Array): T {
  try {
    return JSON.parse(strFromU8(bytes)) as T;
  } catch {
    throw corrupt();
  }
}

/**
 * Unpacks and checks a snapshot completely before anything is written: it holds every table of its
 * schema version (a snapshot listing only `staff` would otherwise "restore" by emptying the rest)
 * and no table that version does not have, each counted and hashed as its manifest says, every
 * attachment whole.
 */
export async function parseSnapshot(bytes: Uint8Array): Promise<ParsedSnapshot> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw corrupt();
  }
  const manifestBytes = files['manifest.json'];
  if (!manifestBytes) throw corrupt();
  const manifest = parseJson<SnapshotManifest>(manifestBytes);
  if (
    !manifest ||
    typeof manifest !== 'object' ||
    !Number.isInteger(manifest.schemaVersion) ||
    manifest.schemaVersion < 1
  )
    throw corrupt();
  if (manifest.schemaVersion > SCHEMA_VERSION) throw new AppError('backup-invalid', { rule: 'newer-version' });
  const listed = Object.keys(manifest.counts ?? {}).sort();
  const expected = tablesOfVersion(manifest.schemaVersion).sort();
  if (JSON.stringify(listed) !== JSON.stringify(expected)) throw corrupt();
  const tables: ParsedSnapshot['tables'] = {};
  for (const [name, count] of Object.entries(manifest.counts)) {
    const json = files[`tables/${name}.json`];
    if (!json || (await sha256Hex(json)) !== manifest.tableHashes?.[name]) throw corrupt();
    const rows = parseJson<Record<string, unknown>[]>(json);
    if (!Array.isArray(rows) || rows.length !== count) throw corrupt();
    tables[name] = rows.map((row) => {
      const meta = row[BLOB_FIELD] as { type: string; size: number } | undefined;
      if (!meta || typeof meta !== 'object' || !('size' in meta)) return row;
      const data = files[`attachments/${String(row.id)}`];
      if (!data || data.length !== meta.size) throw corrupt();
      return { ...row, [BLOB_FIELD]: new Blob([data as BlobPart], { type: meta.type }) };
    });
  }
  return { manifest, tables };
}
