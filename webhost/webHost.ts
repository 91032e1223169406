import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  decodeEnvelope,
  WEB_API_PATHS,
  WEB_CSRF_HEADER,
  WEB_LAUNCH_PARAM,
  WEB_SMALL_BODY_BYTES,
  webSessionCookie,
  type WebApiMethod,
} from '../shared/core/bridge/webApi';
import { PIECE_BYTES } from '../shared/core/bridge/limits';
import { AppError, toAppError } from '../shared/core/errors';
import { createWebApi, type WebApiDeps } from './apiHandlers';
import { checkRequest, header } from './requestGuard';
import { cookieValues, createWebSessions, sessionCookie, type WebSessions } from './sessions';
import { notPairedPage, staticFile, type StaticFile } from './staticFiles';

export interface WebHostOptions extends WebApiDeps {
  /** 0 picks a free port (tests). */
  port: number;
  /** The built renderer (dist/renderer). */
  rootDir: string;
  readFile(file: string): Promise<Uint8Array>;
  /** Largest body of a backup write or a piece; every other call is limited to WEB_SMALL_BODY_BYTES. */
  maxBackupBodyBytes?: number;
  /** Launch secrets and sessions (tests pass their own to see them). */
  sessions?: WebSessions;
  log?: (event: string, context: Record<string, unknown>) => void;
}

export interface WebHost {
  origin: string;
  /** A new one-time address (any earlier unused one stops working): what `npm run web` prints. */
  newLaunchUrl(): string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
/** One piece and its arguments: a bigger backup comes in pieces (the page's host sends those), never whole. */
const DEFAULT_MAX_BACKUP_BODY = PIECE_BYTES + WEB_SMALL_BODY_BYTES;
/** The calls whose body carries bytes. */
const BYTES_METHODS = new Set<WebApiMethod>(['writeBackup', 'writePiece']);
const METHOD_BY_PATH = new Map<string, WebApiMethod>(
  Object.entries(WEB_API_PATHS).map(([method, path]) => [path, method as WebApiMethod]),
);

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/** The body, never more than `limit` bytes held: refused on its declared length, or cut off when it runs over. */
function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    // One buffer of the declared size: a 500 MB backup is not held twice while it is joined.
    const whole = Number.isSafeInteger(declared) && declared >= 0 ? Buffer.allocUnsafe(declared) : null;
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size + chunk.length > limit || (whole && size + chunk.length > whole.length)) {
        reject(new AppError('invalid-payload', { field: '(size)' }));
        req.destroy();
        return;
      }
      if (whole) chunk.copy(whole, size);
      else chunks.push(chunk);
      size += chunk.length;
    });
    req.on('end', () => resolve(whole ? whole.subarray(0, size) : Buffer.concat(chunks, size)));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...extra, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(value));
}

function sendFile(res: ServerResponse, req: IncomingMessage, file: StaticFile, extra: Record<string, string> = {}) {
  res.writeHead(file.status, { ...SECURITY_HEADERS, ...extra, 'content-type': file.type });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

function statusOf(error: AppError): number {
  if (error.code === 'invalid-payload' || error.code === 'validation') return 400;
  if (error.code === 'forbidden-sender' || error.code === 'host-session-invalid') return 403;
  if (error.code === 'not-found') return 404;
  return 500;
}

/**
 * `npm run web`: serves the built renderer and the same main-process services the desktop app
 * has (backup store with rotation, free space by statfs) on 127.0.0.1 only, to the browser that
 * opened the one-time address it prints, and to nothing else (see shared/core/bridge/webApi.ts).
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const api = createWebApi(options);
  const sessions = options.sessions ?? createWebSessions();
  const log = options.log ?? (() => undefined);
  const maxBackupBody = options.maxBackupBodyBytes ?? DEFAULT_MAX_BACKUP_BODY;
  let origin = '';
  let cookieName = '';

  const sessionOf = (req: IncomingMessage) => sessions.find(cookieValues(req.headers.cookie, cookieName));

  function serveApi(req: IncomingMessage, res: ServerResponse, path: string): void {
    const method = METHOD_BY_PATH.get(path);
    const session = sessionOf(req);
    if (!session || !sessions.csrfMatches(session, header(req, WEB_CSRF_HEADER))) {
      log('web-host-refused', { path, reason: session ? 'csrf' : 'session' });
      req.resume();
      return sendJson(res, 403, new AppError('host-session-invalid').toJSON());
    }
    if (!method) return sendJson(res, 404, new AppError('not-found', {}).toJSON());
    const limit = BYTES_METHODS.has(method) ? maxBackupBody : WEB_SMALL_BODY_BYTES;
    // Refused before a byte is read; a body without a length is still cut off at the limit.
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      return sendJson(res, 413, new AppError('invalid-payload', { field: '(size)' }).toJSON(), { connection: 'close' });
    }
    void (async () => {
      try {
        const decoded = decodeEnvelope(await readBody(req, limit));
        if (!decoded) throw new AppError('invalid-payload', { field: '(root)' });
        const answer = await api[method](decoded.request);
        if ('bytes' in answer) {
          res.writeHead(200, {
            ...SECURITY_HEADERS,
            'content-type': 'application/octet-stream',
            'content-length': answer.bytes.byteLength,
          });
          res.end(answer.bytes);
        } else sendJson(res, 200, answer.json);
      } catch (error) {
        const appError = toAppError(error);
        log('web-host-failed', { method, error: appError.toJSON() });
        if (!res.headersSent) sendJson(res, statusOf(appError), appError.toJSON(), { connection: 'close' });
      }
    })();
  }

  function servePage(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const launch = url.searchParams.get(WEB_LAUNCH_PARAM);
    if (launch !== null) {
      const opened = url.pathname === '/' ? sessions.redeem(launch) : null;
      if (!opened) {
        log('web-host-refused', { path: url.pathname, reason: 'launch' });
        return sendFile(res, req, notPairedPage('used-address'));
      }
      // The one response that carries the CSRF secret, with the cookie that goes with it.
      void staticFile(options.rootDir, '/', opened.csrf, options.readFile).then((file) =>
        sendFile(res, req, file, { 'set-cookie': sessionCookie(cookieName, opened.id) }),
      );
      return;
    }
    if (!sessionOf(req)) {
      log('web-host-refused', { path: url.pathname, reason: 'session' });
      return sendFile(res, req, notPairedPage('no-session'));
    }
    void staticFile(options.rootDir, url.pathname, undefined, options.readFile).then((file) =>
      sendFile(res, req, file),
    );
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://placeholder');
    const isApi = url.pathname.startsWith('/api/');
    const verdict = checkRequest(req, origin, isApi);
    if (!verdict.ok) {
      log('web-host-refused', { path: url.pathname, reason: verdict.reason });
      req.resume();
      return sendJson(res, verdict.status, new AppError('forbidden-sender', { channel: url.pathname }).toJSON());
    }
    if (isApi) serveApi(req, res, url.pathname);
    else servePage(req, res, url);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: no other machine on the office network can reach the data.
    server.listen(options.port, HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${HOST}:${port}`;
  cookieName = webSessionCookie(port);
  return {
    origin,
    newLaunchUrl: () => `${origin}/?${WEB_LAUNCH_PARAM}=${sessions.newLaunch()}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
