// Test helpers for the web host: raw HTTP calls (any Host, Origin, cookie or method a hostile
// client would send) and the browser's side of the one-time launch.
import { request } from 'node:http';
import { WEB_CSRF_HEADER, WEB_CSRF_META } from '../shared/core/bridge/webApi';
import type { WebHost } from './webHost';

export interface Answer {
  status: number;
  text: string;
  type: string;
  setCookie: string[];
}

export function call(
  origin: string,
  pathname: string,
  {
    method = 'POST',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: Uint8Array } = {},
): Promise<Answer> {
  const url = new URL(origin);
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: pathname,
        method,
        headers: { host: url.host, ...headers },
        // A fresh connection each time: no pooled socket of a host that has since closed.
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            type: String(res.headers['content-type']),
            setCookie: res.headers['set-cookie'] ?? [],
          }),
        );
      },
    );
    // A server that refuses a large body may close the socket while it is still being sent.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET'
        ? resolve({ status: 0, text: '', type: '', setCookie: [] })
        : reject(error),
    );
    req.end(body);
  });
}

/** The session a browser gets by opening a fresh one-time address: its cookie header and CSRF secret. */
export async function launch(host: WebHost): Promise<{ cookie: string; csrf: string; page: Answer }> {
  const url = new URL(host.newLaunchUrl());
  const page = await call(host.origin, url.pathname + url.search, { method: 'GET' });
  const cookie = page.setCookie[0]?.split(';')[0] ?? '';
  const csrf = new RegExp(`<meta name="${WEB_CSRF_META}" content="([^"]+)"`).exec(page.text)?.[1] ?? '';
  return { cookie, csrf, page };
}

/** What the page sends on every API call: its Origin, the session cookie and the CSRF header. */
export function sessionHeaders(host: WebHost, session: { cookie: string; csrf: string }): Record<string, string> {
  return {
    origin: host.origin,
    cookie: session.cookie,
    [WEB_CSRF_HEADER]: session.csrf,
    'content-type': 'application/octet-stream',
  };
}
