import { z } from 'zod';
import { CORE_ERROR_CODES } from '../errors';
import { MAX_PIECED_BYTES } from './limits';

/**
 * One zod schema per request and result of the host bridge. Types come from z.infer, so the
 * validator and the type cannot drift. The main process parses every payload with these.
 */

const fileName = z
  .string()
  .min(1)
  .max(200)
  // No path separators or control characters: the user picks the folder in the dialog.
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  .regex(/^[^/\\\u0000-\u001f<>:"|?*]+$/);

export const fileFilterSchema = z.object({
  /** i18n-free label such as "Word" or "PDF"; the dialog shows it as given. */
  name: z.string().min(1).max(60),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/))
    .min(1)
    .max(10),
});

export const saveFileRequestSchema = z.object({
  suggestedName: fileName,
  filters: z.array(fileFilterSchema).max(10).default([]),
  bytes: z.instanceof(Uint8Array),
  mimeType: z.string().max(120).default('application/octet-stream'),
});
export const saveFileResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);

export const openFileRequestSchema = z.object({
  filters: z.array(fileFilterSchema).max(10).default([]),
  /** Refuse larger files with file-read-failed { reason: 'too-large' }. Read in pieces: up to the transport's cap. */
  maxBytes: z
    .number()
    .int()
    .positive()
    .max(MAX_PIECED_BYTES)
    .default(50 * 1024 * 1024),
});
export const openFileResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), name: z.string(), bytes: z.instanceof(Uint8Array) }),
  z.object({ status: z.literal('cancelled') }),
]);

/**
 * A document whose 版记 belongs on an even page (GB/T 9704 §7.5), for a host that can count
 * pages: `measured` places it in one print and comes out with an odd page count only when the
 * body ends on a full even page, and then `blankThenNext` is printed instead (its blank page and
 * 版记 page unnumbered). `html` is what a host that cannot count prints.
 */
export const colophonVariantsSchema = z.object({
  measured: z
    .string()
    .min(1)
    .max(50 * 1024 * 1024),
  blankThenNext: z
    .string()
    .min(1)
    .max(50 * 1024 * 1024),
});

export const printRequestSchema = z.object({
  /** A complete, self-contained HTML document (print CSS inline, no remote resources). */
  html: z
    .string()
    .min(1)
    .max(50 * 1024 * 1024),
  title: z.string().max(200).default(''),
  /** preview: a window with the page; dialog: the system print dialog; silent: the named printer. */
  mode: z.enum(['preview', 'dialog', 'silent']).default('dialog'),
  printerName: z.string().max(200).optional(),
  colophonVariants: colophonVariantsSchema.optional(),
});
export const printResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('printed') }),
  z.object({ status: z.literal('cancelled') }),
]);

export const printToPdfRequestSchema = z.object({
  html: z
    .string()
    .min(1)
    .max(50 * 1024 * 1024),
  suggestedName: fileName,
  colophonVariants: colophonVariantsSchema.optional(),
});

export const showInFolderRequestSchema = z.object({ path: z.string().min(1).max(4096) });

export const printerSchema = z.object({ name: z.string(), isDefault: z.boolean() });
export const listPrintersResultSchema = z.array(printerSchema);

/** Free space where the app keeps its data (the least of the profile and backup folders). */
export const storageStatusSchema = z.object({
  freeBytes: z.number().nonnegative(),
  totalBytes: z.number().nonnegative(),
  level: z.enum(['ok', 'low', 'critical']),
});

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  platform: z.string(),
  /** Where the records (the browser profile) and the automatic backups live, where the host knows. */
  dataDir: z.string().optional(),
  backupDir: z.string().optional(),
  /** The runtime's own versions (Electron, Chromium, Node), for the About screen. */
  runtime: z.record(z.string(), z.string()).optional(),
});

/** How an error crosses the bridge: a code and parameters, never a message. */
export const bridgeErrorSchema = z.object({
  code: z.enum(CORE_ERROR_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});

export type FileFilter = z.infer<typeof fileFilterSchema>;
export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;
export type OpenFileRequest = z.input<typeof openFileRequestSchema>;
export type OpenFileResult = z.infer<typeof openFileResultSchema>;
export type PrintRequest = z.input<typeof printRequestSchema>;
export type PrintResult = z.infer<typeof printResultSchema>;
export type PrintToPdfRequest = z.input<typeof printToPdfRequestSchema>;
export type ShowInFolderRequest = z.infer<typeof showInFolderRequestSchema>;
export type Printer = z.infer<typeof printerSchema>;
export type ColophonVariants = z.infer<typeof colophonVariantsSchema>;
export type AppInfo = z.infer<typeof appInfoSchema>;
export type StorageStatus = z.infer<typeof storageStatusSchema>;
export type BridgeError = z.infer<typeof bridgeErrorSchema>;
