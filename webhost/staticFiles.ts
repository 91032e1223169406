import path from 'node:path';
import { WEB_CSRF_META, WEB_HOST_META } from '../shared/core/bridge/webApi';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // The scan reader's workers: pdf.js's worker is a module (.mjs); zxing's QR decoder is WebAssembly.
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticFile {
  status: 200 | 400 | 403 | 404;
  type: string;
  body: Uint8Array | string;
}

/**
 * index.html marked as served by the web host, and, in the launch response only, with the
 * session's CSRF secret in a meta tag the browser host moves into the origin's own storage.
 */
export function withHostMeta(html: string, csrf?: string): string {
  // Both values are fixed words or base64url: nothing in them needs escaping inside an attribute.
  const tags = [`<meta name="${WEB_HOST_META}" content="web" />`];
  if (csrf) tags.push(`<meta name="${WEB_CSRF_META}" content="${csrf}" />`);
  return html.replace(/<head>/i, `<head>\n    ${tags.join('\n    ')}`);
}

/**
 * What the host answers a browser that has no session (or a used address): no app, no secret,
 * only what to do, in both languages (the app's own i18n is in the app it does not serve).
 */
export function notPairedPage(reason: 'no-session' | 'used-address'): StaticFile {
  const zh =
    reason === 'used-address'
      ? '这个地址已经用过或已失效（每个地址只能打开一次）。'
      : '本页只能从运行 npm run web 的终端窗口中显示的地址打开。';
  const en =
    reason === 'used-address'
      ? 'This address has been used or has expired (each address opens once).'
      : 'Open this page only from the address printed in the terminal running npm run web.';
  const body = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8" /><title>人才工作台</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 4em auto; line-height: 1.6">
<h1>人才工作台 · Talent Office Workbench</h1>
<p>${zh}请在该终端窗口按回车键，获取新的一次性地址后再打开。</p>
<p lang="en">${en} Press Enter in that terminal for a new one-time address, then open it.</p>
</body></html>`;
  return { status: 403, type: TYPES['.html'], body };
}

/**
 * A file of the built renderer for a GET path, or 404; never anything outside `rootDir`.
 * `/` is index.html (marked as the web host's; with the CSRF secret only when `csrf` is given).
 */
export async function staticFile(
  rootDir: string,
  urlPath: string,
  csrf: string | undefined,
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
    return { status: 200, type, body: withHostMeta(new TextDecoder().decode(bytes), csrf) };
  }
  return { status: 200, type, body: bytes };
}
