/** The parts of an incoming request the guard reads (node:http's IncomingMessage satisfies it). */
export interface RequestLike {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

export type GuardVerdict =
  { ok: true } | { ok: false; status: 403 | 405; reason: 'host' | 'origin' | 'fetch-site' | 'method' };

export function header(req: RequestLike, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? undefined : value;
}

/**
 * What every request must be before any session is looked at: the Host exactly this server's
 * 127.0.0.1:port (a DNS-rebinding page arrives with its own host name); pages GET or HEAD only;
 * API calls POST only, with the page's own Origin (browsers always send it on POST) and
 * same-origin fetch metadata when the browser sends it. Cross-origin pages cannot even send the
 * CSRF header: it needs a CORS preflight, which this server never grants.
 */
export function checkRequest(req: RequestLike, origin: string, isApi: boolean): GuardVerdict {
  if (header(req, 'host') !== new URL(origin).host) return { ok: false, status: 403, reason: 'host' };
  if (!isApi)
    return req.method === 'GET' || req.method === 'HEAD' ? { ok: true } : { ok: false, status: 405, reason: 'method' };
  if (req.method !== 'POST') return { ok: false, status: 405, reason: 'method' };
  if (header(req, 'origin') !== origin) return { ok: false, status: 403, reason: 'origin' };
  const site = header(req, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') return { ok: false, status: 403, reason: 'fetch-site' };
  return { ok: true };
}
