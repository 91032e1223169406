/**
 * Typed application errors. Every boundary (Dexie, zod, the host bridge, main-process
 * services) converts what it catches into an AppError with a code; the renderer translates
 * the code (errors.<code>) — no user-visible text is built outside the renderer.
 *
 * The core's codes are listed here; a system adds its own (STYLE.md §10) by declaring them in its
 * manifest and merging them into `SystemErrorCodes`:
 *   declare module '../../core/errors' { interface SystemErrorCodes { 'not-drawn': true } }
 * Only core codes cross the host bridge.
 */
export const CORE_ERROR_CODES = [
  'storage-full',
  'storage-failed',
  'validation',
  'import-row-invalid',
  'import-file-unreadable',
  'import-empty',
  'import-cancelled',
  'import-missing-columns',
  'file-write-failed',
  'file-exists',
  'file-read-failed',
  'disk-full',
  'permission-denied',
  'invalid-payload',
  'forbidden-sender',
  'not-signed-in',
  'wrong-password',
  'user-exists',
  'not-found',
  'print-failed',
  'backup-invalid',
  'backup-wrong-passphrase',
  // An automatic backup opens with an account's username and password of the time: neither fitted.
  'backup-wrong-password',
  // A workflow rule refused the step; params.reason is the i18n key of why (with its values).
  'not-allowed',
  'host-unreachable',
  // The web host knows no session for this page (opened without its one-time address, or the host restarted).
  'host-session-invalid',
  'upgrade-backup-failed',
  'upgrade-failed',
  'attachment-too-large',
  // Sheet imports (renderer/core/sheets): what the reader refuses, each with the file's name.
  'import-encoding-unknown',
  'import-format-unsupported',
  'import-too-large',
  'import-duplicate-header',
  'import-too-many-rows',
  // A staff account asked for an administrator's work (settings, prefixes, sample data).
  'admin-only',
  // A big file's move in pieces was stopped by the user; a write left its target as it was.
  'transfer-cancelled',
  'unknown',
] as const;

export type CoreErrorCode = (typeof CORE_ERROR_CODES)[number];

/** Systems merge their codes in (declaration merging); the manifests list the same codes at run time. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface SystemErrorCodes {}

export type AppErrorCode = CoreErrorCode | keyof SystemErrorCodes;

const knownCodes = new Set<string>(CORE_ERROR_CODES);

/** The installed systems' codes (renderer/core/plugin/installed.ts), so they survive a structured clone. */
export function registerErrorCodes(codes: readonly string[]): void {
  for (const code of codes) knownCodes.add(code);
}

export type AppErrorParams = Record<string, string | number>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly params: AppErrorParams;

  constructor(code: AppErrorCode, params: AppErrorParams = {}, cause?: unknown) {
    super(`${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`, { cause });
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }

  /** The shape that crosses IPC: Electron keeps only a thrown error's message. */
  toJSON(): { code: AppErrorCode; params: AppErrorParams } {
    return { code: this.code, params: this.params };
  }
}

export function isAppErrorCode(value: unknown): value is AppErrorCode {
  return typeof value === 'string' && knownCodes.has(value);
}

function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { name?: string; inner?: unknown; failures?: unknown[] };
  if (e.name === 'QuotaExceededError') return true;
  // Dexie: QuotaExceededError can arrive as an AbortError's `inner`, or inside a BulkError.
  if (e.inner && isQuotaError(e.inner)) return true;
  if (Array.isArray(e.failures)) return e.failures.some(isQuotaError);
  return false;
}

/** Converts anything thrown into an AppError, recognising storage quota in all its disguises. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isQuotaError(error)) return new AppError('storage-full', {}, error);
  if (error && typeof error === 'object' && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (isAppErrorCode(code)) {
      const params = (error as { params?: AppErrorParams }).params ?? {};
      return new AppError(code, params, error);
    }
    if (code === 'ENOSPC') return new AppError('disk-full', {}, error);
    if (code === 'EACCES' || code === 'EPERM') return new AppError('permission-denied', {}, error);
  }
  const name = error && typeof error === 'object' ? (error as { name?: string }).name : undefined;
  if (name === 'AbortError' || name === 'BulkError' || name === 'DatabaseClosedError') {
    return new AppError('storage-failed', { detail: String(name) }, error);
  }
  return new AppError('unknown', { detail: error instanceof Error ? error.message : String(error) }, error);
}
