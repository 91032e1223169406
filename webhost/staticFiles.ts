import path from 'node:path';
import { WEB_TOKEN_META } from '../shared/core/bridge/webApi';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticFile {
  status: 200 | 400 | 404;
  type: string;
  body: Uint8Array | string;
}

/** index.html with the run's token in a meta tag the browser host reads. */
export function withToken(html: string, token: string): string {
  // The token is base64url: nothing in it needs escaping inside an attribute.
  return html.replace(/<head>/i, `<head>\n    <meta name="${WEB_TOKEN_META}" content="${token}" />`);
}

/**
 * A file of the built renderer for a GET path, or 404; never anything outside `rootDir`.
 * `/` is index.html (with the token injected).
 */
export async function staticFile(
  rootDir: string,
  urlPath: string,
  token: string,
  readFile: (file: string) => Promise<Uint8Array>,
): Promise<StaticFile> {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath);
  } catch {
    return { status: 400, type: 'text/plain', body: 'bad path' };
  }
  if (relative === '/' || relative === '') relative = '/index.html';
  const root = path.resolve(rootDir);
  const file = path.resolve(root, `.${relative}`);
  if (!file.startsWith(root + path.sep) || relative.includes('\0'))
    return { status: 404, type: 'text/plain', body: 'not found' };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    return { status: 404, type: 'text/plain', body: 'not found' };
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  if (path.basename(file) === 'index.html' && path.dirname(file) === root) {
    return { status: 200, type, body: withToken(new TextDecoder().decode(bytes), token) };
  }
  return { status: 200, type, body: bytes };
}
