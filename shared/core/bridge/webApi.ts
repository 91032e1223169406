import type { HostBridgeMethod, HostWireMethod } from './contract';

/**
 * The web host (`npm run web`): the renderer in a plain browser reaches the same main-process
 * services as the desktop app over HTTP on 127.0.0.1. These are the methods it serves; the rest
 * (dialogs, printing) stay the browser's own.
 *
 * Who may call them: only the browser the user opened from the one-time address the host prints
 * (`/?launch=<secret>`). Its first load trades that secret for an HttpOnly SameSite=Strict session
 * cookie and hands the page, in that one response only, a CSRF secret the page keeps in its own
 * origin's storage and sends on every call. A cookie alone (another local server on another port
 * receives 127.0.0.1's cookies too) opens nothing: `GET /` never serves a secret again.
 */
export const WEB_API_PATHS = {
  writeBackup: '/api/write-backup',
  listBackups: '/api/list-backups',
  readBackup: '/api/read-backup',
  storageStatus: '/api/storage-status',
  backupPolicy: '/api/backup-policy',
  // Big backups in pieces (pieces.ts): the host never holds more than one piece of a body.
  beginRead: '/api/begin-read',
  readPiece: '/api/read-piece',
  endRead: '/api/end-read',
  beginWrite: '/api/begin-write',
  writePiece: '/api/write-piece',
  finishWrite: '/api/finish-write',
  abortWrite: '/api/abort-write',
} as const satisfies Partial<Record<HostBridgeMethod | HostWireMethod, string>>;

export type WebApiMethod = keyof typeof WEB_API_PATHS;

/** The query parameter of the one-time address the host prints. */
export const WEB_LAUNCH_PARAM = 'launch';
/** Every API request carries the session's CSRF secret in this header. */
export const WEB_CSRF_HEADER = 'x-workbench-csrf';
/** Every page the web host serves says so in this meta tag (no secret in it). */
export const WEB_HOST_META = 'workbench-host';
/** The launch response alone carries the CSRF secret in this meta tag (no inline script: the CSP forbids it). */
export const WEB_CSRF_META = 'workbench-host-csrf';
/** Where the page keeps the CSRF secret: localStorage is its own origin's (port included), unlike cookies. */
export const WEB_CSRF_STORAGE_KEY = 'workbench-host-csrf';

/** The session cookie's name, per port, so two hosts on one machine never overwrite each other's. */
export function webSessionCookie(port: number | string): string {
  return `workbench-session-${port}`;
}

/** Largest request body per method: a backup of the office's data, or a few bytes of arguments. */
export const WEB_SMALL_BODY_BYTES = 64 * 1024;

const LENGTH_BYTES = 4;

/**
 * A request body: u32 LE length of the JSON | the request as JSON without its `bytes` | the raw
 * bytes. Backups are hundreds of megabytes; base64 in JSON would add a third and cost a copy.
 */
export function encodeEnvelope(request: object | undefined): Uint8Array<ArrayBuffer> {
  const { bytes, ...rest } = (request ?? {}) as { bytes?: Uint8Array };
  const json = new TextEncoder().encode(request === undefined ? '' : JSON.stringify(rest));
  const body = new Uint8Array(LENGTH_BYTES + json.length + (bytes?.byteLength ?? 0));
  new DataView(body.buffer).setUint32(0, json.length, true);
  body.set(json, LENGTH_BYTES);
  if (bytes) body.set(bytes, LENGTH_BYTES + json.length);
  return body;
}

/**
 * The request back from a body: undefined for a method without arguments, else the JSON with
 * `bytes` when any followed it. Null when the body is not an envelope (the caller refuses it).
 */
export function decodeEnvelope(body: Uint8Array): { request: unknown } | null {
  if (body.byteLength < LENGTH_BYTES) return null;
  const length = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0, true);
  if (LENGTH_BYTES + length > body.byteLength) return null;
  if (length === 0) return body.byteLength === LENGTH_BYTES ? { request: undefined } : null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(LENGTH_BYTES, LENGTH_BYTES + length)),
    );
  } catch {
    return null;
  }
  // A plain view of this realm's Uint8Array (a Buffer's subarray is a Buffer), without a copy.
  const start = LENGTH_BYTES + length;
  const rest = new Uint8Array(body.buffer, body.byteOffset + start, body.byteLength - start);
  if (rest.byteLength === 0) return { request: parsed };
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  return { request: { ...parsed, bytes: rest } };
}
