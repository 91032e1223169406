import { timingSafeEqual } from 'node:crypto';
import { WEB_TOKEN_HEADER } from '../shared/core/bridge/webApi';

/** The parts of an incoming request the guard reads (node:http's IncomingMessage satisfies it). */
export interface RequestLike {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

export type GuardVerdict =
  { ok: true } | { ok: false; status: 403 | 405; reason: 'host' | 'origin' | 'token' | 'fetch-site' | 'method' };

function header(req: RequestLike, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? undefined : value;
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  // Compared in constant time, so the token cannot be guessed a character at a time.
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Every request: the Host must be exactly this server's 127.0.0.1:port (a DNS-rebinding page
 * arrives with its own host name). API requests also: POST only, the page's own Origin (browsers
 * always send it on POST), same-origin fetch metadata when the browser sends it, and the run's
 * token. Cross-origin pages cannot even send them: the custom token header needs a CORS preflight,
 * which this server never grants.
 */
export function checkRequest(
  req: RequestLike,
  expected: { origin: string; token: string },
  isApi: boolean,
): GuardVerdict {
  if (header(req, 'host') !== new URL(expected.origin).host) return { ok: false, status: 403, reason: 'host' };
  if (!isApi)
    return req.method === 'GET' || req.method === 'HEAD' ? { ok: true } : { ok: false, status: 405, reason: 'method' };
  if (req.method !== 'POST') return { ok: false, status: 405, reason: 'method' };
  if (header(req, 'origin') !== expected.origin) return { ok: false, status: 403, reason: 'origin' };
  const site = header(req, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') return { ok: false, status: 403, reason: 'fetch-site' };
  if (!sameSecret(header(req, WEB_TOKEN_HEADER), expected.token)) return { ok: false, status: 403, reason: 'token' };
  return { ok: true };
}
