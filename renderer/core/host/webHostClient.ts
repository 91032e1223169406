import {
  encodeEnvelope,
  WEB_API_PATHS,
  WEB_CSRF_HEADER,
  WEB_CSRF_META,
  WEB_CSRF_STORAGE_KEY,
  WEB_HOST_META,
  WEB_LAUNCH_PARAM,
  type WebApiMethod,
} from '../../../shared/core/bridge/webApi';
import { AppError, isAppErrorCode, type AppErrorParams } from '../../../shared/core/errors';
import type { BeginReadResult, BeginWriteResult, PieceWire } from '../../../shared/core/bridge/pieces';

/** Where the web host is and the session's CSRF secret (the session cookie itself is the browser's). */
export interface WebHostConfig {
  origin: string;
  csrf: string;
  fetch: typeof fetch;
}

function stored(win: Window & typeof globalThis): string | null {
  try {
    return win.localStorage.getItem(WEB_CSRF_STORAGE_KEY);
  } catch {
    return null; // storage disabled: the secret lives as long as this page
  }
}

/** The secret this page load adopted, kept in case localStorage refused it. */
let launched: string | null = null;

/**
 * Run first thing on start-up. The web host's launch response alone carries the session's CSRF
 * secret: it moves into this origin's localStorage (which no other port can read, unlike
 * cookies) and out of the page, and the one-time address leaves the address bar. Returns the
 * secret when this page was that response.
 */
export function adoptWebHostLaunch(win: Window & typeof globalThis): string | null {
  const doc = win.document;
  const meta = doc.querySelector(`meta[name="${WEB_CSRF_META}"]`);
  const fresh = meta?.getAttribute('content') || null;
  meta?.remove();
  if (fresh) {
    launched = fresh;
    try {
      win.localStorage.setItem(WEB_CSRF_STORAGE_KEY, fresh);
    } catch {
      // storage disabled: the secret lives as long as this page
    }
  }
  const url = new URL(win.location.href);
  if (url.searchParams.has(WEB_LAUNCH_PARAM)) {
    url.searchParams.delete(WEB_LAUNCH_PARAM);
    win.history.replaceState(win.history.state, '', url.pathname + url.search + url.hash);
  }
  return fresh;
}

/** The web host, when it served this page, with the session's CSRF secret; undefined for vite dev or a plain server. */
export function detectWebHost(win: Window & typeof globalThis): WebHostConfig | undefined {
  if (!win.document.querySelector(`meta[name="${WEB_HOST_META}"]`)) return undefined;
  const csrf = adoptWebHostLaunch(win) ?? launched ?? stored(win) ?? '';
  return { origin: win.location.origin, csrf, fetch: win.fetch.bind(win) };
}

async function errorOf(response: Response): Promise<AppError> {
  try {
    const body = (await response.json()) as { code?: unknown; params?: AppErrorParams };
    if (isAppErrorCode(body.code)) return new AppError(body.code, body.params ?? {});
  } catch {
    // not our JSON
  }
  return new AppError('unknown', { detail: `HTTP ${response.status}` });
}

/** Calls one web-host method: the request in an envelope (bytes raw), failures as AppErrors. */
export function webHostClient(config: WebHostConfig) {
  async function post(method: WebApiMethod, request?: object): Promise<Response> {
    let response: Response;
    try {
      response = await config.fetch(`${config.origin}${WEB_API_PATHS[method]}`, {
        method: 'POST',
        // The session cookie goes along by itself (same origin); the CSRF secret proves this page holds it.
        credentials: 'same-origin',
        headers: { [WEB_CSRF_HEADER]: config.csrf, 'content-type': 'application/octet-stream' },
        body: encodeEnvelope(request),
      });
    } catch (error) {
      // The terminal running `npm run web` was closed: say so; nothing was done.
      throw new AppError('host-unreachable', {}, error);
    }
    if (!response.ok) throw await errorOf(response);
    return response;
  }
  const json = async (method: WebApiMethod, request?: object): Promise<unknown> => (await post(method, request)).json();
  const bytes = async (method: WebApiMethod, request?: object): Promise<Uint8Array> =>
    new Uint8Array(await (await post(method, request)).arrayBuffer());
  /**
   * Backups in pieces (shared/core/bridge/pieces.ts): no request or answer bigger than a piece.
   * The answers are checked by the browser host (zod stays out of the first load this file is in).
   */
  const pieces: PieceWire = {
    beginRead: async (req) => (await json('beginRead', req)) as BeginReadResult,
    readPiece: (req) => bytes('readPiece', req),
    endRead: async (req) => void (await post('endRead', req)),
    beginWrite: async (req) => (await json('beginWrite', req)) as BeginWriteResult,
    writePiece: async (req) => void (await post('writePiece', req)),
    finishWrite: (req) => json('finishWrite', req),
    abortWrite: async (req) => void (await post('abortWrite', req)),
  };
  return { json, bytes, pieces };
}
