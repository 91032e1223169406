import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { decodeEnvelope, WEB_API_PATHS, type WebApiMethod } from '../shared/core/bridge/webApi';
import { AppError, toAppError } from '../shared/core/errors';
import { createWebApi, type WebApiDeps } from './apiHandlers';
import { checkRequest } from './requestGuard';
import { staticFile } from './staticFiles';

export interface WebHostOptions extends WebApiDeps {
  /** 0 picks a free port (tests). */
  port: number;
  /** The built renderer (dist/renderer). */
  rootDir: string;
  readFile(file: string): Promise<Uint8Array>;
  /** Largest request body; a backup of every table and attachment must fit. */
  maxBodyBytes?: number;
  /** A fixed token (tests); otherwise a fresh random one per run. */
  token?: string;
  log?: (event: string, context: Record<string, unknown>) => void;
}

export interface WebHost {
  origin: string;
  token: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const DEFAULT_MAX_BODY = 2 * 1024 ** 3 - 1;
const METHOD_BY_PATH = new Map<string, WebApiMethod>(
  Object.entries(WEB_API_PATHS).map(([method, path]) => [path, method as WebApiMethod]),
);

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new AppError('invalid-payload', { field: '(size)' }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks, size)));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(value));
}

function statusOf(error: AppError): number {
  if (error.code === 'invalid-payload' || error.code === 'validation') return 400;
  if (error.code === 'forbidden-sender') return 403;
  if (error.code === 'not-found') return 404;
  return 500;
}

/**
 * `npm run web`: serves the built renderer and the same main-process services the desktop app
 * has (backup store with rotation, free space by statfs) on 127.0.0.1 only, behind a per-run token
 * the served page alone receives. Everything else about the browser host stays the browser's.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const api = createWebApi(options);
  const log = options.log ?? (() => undefined);
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  let origin = '';

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://placeholder');
    const method = METHOD_BY_PATH.get(url.pathname);
    const isApi = url.pathname.startsWith('/api/');
    const verdict = checkRequest(req, { origin, token }, isApi);
    if (!verdict.ok) {
      log('web-host-refused', { path: url.pathname, reason: verdict.reason });
      req.resume();
      return sendJson(res, verdict.status, new AppError('forbidden-sender', { channel: url.pathname }).toJSON());
    }
    if (isApi) {
      if (!method) return sendJson(res, 404, new AppError('not-found', {}).toJSON());
      // Refused before a byte is read; a body without a length is still cut off at the limit.
      if (Number(req.headers['content-length'] ?? 0) > maxBody) {
        res.setHeader('connection', 'close');
        return sendJson(res, 413, new AppError('invalid-payload', { field: '(size)' }).toJSON());
      }
      void (async () => {
        try {
          const decoded = decodeEnvelope(await readBody(req, maxBody));
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
          if (!res.headersSent) sendJson(res, statusOf(appError), appError.toJSON());
        }
      })();
      return;
    }
    void staticFile(options.rootDir, url.pathname, token, options.readFile).then((file) => {
      res.writeHead(file.status, { ...SECURITY_HEADERS, 'content-type': file.type });
      res.end(req.method === 'HEAD' ? undefined : file.body);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: no other machine on the office network can reach the data.
    server.listen(options.port, HOST, () => resolve());
  });
  origin = `http://${HOST}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
