import { z } from 'zod';
import { backupRetentionSchema } from '../backup/retention';
import { MAX_PIECED_BYTES } from './limits';

/** Why an automatic backup was made; part of its file name, so a user browsing the folder can tell. */
export const BACKUP_REASONS = [
  'idle',
  'quit',
  'before-import',
  'before-upgrade',
  'before-restore',
  'manual',
  'before-sample-removal',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** The largest backup the app writes or restores (bigger than one piece, it crosses in pieces: pieces.ts). */
export const MAX_BACKUP_BYTES = MAX_PIECED_BYTES;
/** The largest backup a host takes or gives whole in one call (it holds it in memory); bigger ones go in pieces. */
export const MAX_WHOLE_BACKUP_BYTES = 512 * 1024 * 1024;

/**
 * What the host keeps beside the opaque backup bytes, as a sidecar. The host decides `createdAt`
 * (its clock) and `sequence` (one more than any backup in the folder): backups are ordered by the
 * sequence, never by a clock someone can set back. Backups written before sequences have none.
 */
export const storedBackupMetaSchema = z.object({
  createdAt: z.iso.datetime({ offset: true }),
  sequence: z.number().int().nonnegative().optional(),
  reason: z.enum(BACKUP_REASONS),
  // Loose on purpose: rejecting a backup over a number's shape would lose it to a renderer bug.
  schemaVersion: z.number().nonnegative(),
  counts: z.record(z.string(), z.number()),
  sha256: z.string().regex(/^[0-9a-f]{64}$/i),
});
export type StoredBackupMeta = z.infer<typeof storedBackupMetaSchema>;

/**
 * What the renderer says about the bytes it hands over. Strict: a caller naming its own date,
 * sequence, file name or rotation is refused, not half-obeyed. The host checks `sha256`.
 */
export const backupRequestMetaSchema = z.strictObject({
  reason: storedBackupMetaSchema.shape.reason,
  schemaVersion: storedBackupMetaSchema.shape.schemaVersion,
  counts: storedBackupMetaSchema.shape.counts,
  sha256: storedBackupMetaSchema.shape.sha256,
});
export type BackupRequestMeta = z.infer<typeof backupRequestMetaSchema>;

export const writeBackupRequestSchema = z.strictObject({
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_BACKUP_BYTES, { message: 'too-large' }),
  meta: backupRequestMetaSchema,
});
export type WriteBackupRequest = z.infer<typeof writeBackupRequestSchema>;

/**
 * The host's rotation policy (Settings → 自动备份: N and M). Kept by the host beside the backups
 * and applied by it after every write; `{}` only reads it. `stored` is false while the host
 * still uses its default.
 */
export const backupPolicyRequestSchema = z.strictObject({ retention: backupRetentionSchema.optional() });
export type BackupPolicyRequest = z.infer<typeof backupPolicyRequestSchema>;
export const backupPolicySchema = z.object({ retention: backupRetentionSchema, stored: z.boolean() });
export type BackupPolicy = z.infer<typeof backupPolicySchema>;

export const backupEntrySchema = z.object({ path: z.string(), size: z.number(), meta: storedBackupMetaSchema });
export type BackupEntry = z.infer<typeof backupEntrySchema>;

/** A host without a backup folder (the plain browser) says so instead of pretending. */
export const writeBackupResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('written'), entry: backupEntrySchema }),
  z.object({ status: z.literal('unavailable') }),
]);
export type WriteBackupResult = z.infer<typeof writeBackupResultSchema>;

export const readBackupRequestSchema = z.object({ path: z.string().min(1).max(4096) });
export type ReadBackupRequest = z.infer<typeof readBackupRequestSchema>;

/** Main asks the renderer for a snapshot of its database (on quit); the renderer answers by requestId. */
export const snapshotRequestSchema = z.object({ requestId: z.uuid(), reason: z.enum(BACKUP_REASONS) });
export type SnapshotRequest = z.infer<typeof snapshotRequestSchema>;

/** The UI language the page shows, so main speaks it too (its quit messages). */
const pageLanguageSchema = z.enum(['zh-CN', 'en']).optional().catch(undefined);

/**
 * The renderer's answer: the backup to write, or null when it has nothing to keep (no account
 * yet) or its provider failed (`failure` then names why, for main to say so).
 */
export const snapshotReplySchema = z.object({
  requestId: z.uuid(),
  snapshot: writeBackupRequestSchema.nullable(),
  /** Over one piece the page wrote the backup itself, in pieces (pieces.ts): where the host kept it. */
  written: z.strictObject({ path: z.string().min(1).max(4096) }).optional(),
  failure: z.string().max(200).optional(),
  language: pageLanguageSchema,
});
export type SnapshotReply = z.infer<typeof snapshotReplySchema>;

/** The preload tells main the page's snapshot provider is registered (true) or gone (false). */
export const snapshotListeningSchema = z.object({ listening: z.boolean(), language: pageLanguageSchema });
export type SnapshotListening = z.infer<typeof snapshotListeningSchema>;

/** What the renderer runs when the host asks for a snapshot. */
export type SnapshotProvider = (reason: BackupReason) => Promise<WriteBackupRequest | null>;
