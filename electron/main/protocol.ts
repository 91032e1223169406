import path from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_ORIGIN, APP_SCHEME } from '../../shared/core/bridge/channels';
import {
  appContentSecurityPolicy,
  CONTENT_SECURITY_POLICY,
  inlineScriptHashes,
  PRINT_CONTENT_SECURITY_POLICY,
} from './security';

/**
 * Serves dist/renderer at app://workbench/ (never file://, whose extra privileges the
 * grantFileProtocolExtraPrivileges fuse also removes). Pure parts are exported for tests.
 */

/** Standard + secure gives the app a real origin (IndexedDB, fetch) without http. No bypassCSP, no CORS. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** Must run before app 'ready' (Electron refuses later). */
export function registerAppScheme(protocol: { registerSchemesAsPrivileged(schemes: CustomScheme[]): void }): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type ResolvedAppPath = { ok: true; filePath: string; mimeType: string } | { ok: false; status: 400 | 403 };

/**
 * Maps app://workbench/<path> to a file inside rootDir. Refuses other origins, `..` and `.`
 * segments (plain or percent-encoded, including encoded slashes), backslashes, NUL and drive
 * letters; `/` and extension-less paths (client-side routes) get index.html.
 */
export function resolveAppPath(rootDir: string, url: string): ResolvedAppPath {
  if (!url.startsWith(`${APP_ORIGIN}/`)) return { ok: false, status: 403 };
  const rawPath = url.slice(APP_ORIGIN.length).split(/[?#]/, 1)[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 403 };
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((s) => s === '..' || s === '.' || s.includes(':'))) return { ok: false, status: 403 };

  const last = segments.at(-1);
  if (!last || path.extname(last) === '') segments.splice(0, segments.length, 'index.html');

  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  const relative = path.relative(root, filePath);
  // Belt and braces: whatever the checks above missed, the result must stay inside rootDir.
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { ok: false, status: 403 };
  return { ok: true, filePath, mimeType: mimeTypeFor(filePath) };
}

/** Print documents held in memory while a print job runs (see services/printing.ts). */
export interface PrintDocumentSource {
  /** The HTML for an app://workbench/__print/<id> URL, or undefined. */
  get(url: string): string | undefined;
}

export interface AppProtocolOptions {
  rootDir: string;
  readFile(filePath: string): Promise<Uint8Array>;
  printDocuments?: PrintDocumentSource;
}

function respond(status: number, body: Uint8Array | string | null, contentType: string, csp: string): Response {
  const payload = typeof body === 'string' || body === null ? body : new Uint8Array(body);
  return new Response(payload, {
    status,
    headers: {
      'content-type': contentType,
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    },
  });
}

/** The protocol.handle('app', …) handler. Every response, errors included, carries a CSP. */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(405, null, 'text/plain; charset=utf-8', CONTENT_SECURITY_POLICY);
    }
    const printHtml = options.printDocuments?.get(request.url);
    if (printHtml !== undefined) {
      return respond(200, printHtml, 'text/html; charset=utf-8', PRINT_CONTENT_SECURITY_POLICY);
    }
    const resolved = resolveAppPath(options.rootDir, request.url);
    if (!resolved.ok) return respond(resolved.status, null, 'text/plain; charset=utf-8', CONTENT_SECURITY_POLICY);
    try {
      const bytes = await options.readFile(resolved.filePath);
      // index.html runs its first script inline: the header allows the hash its own CSP meta tag names.
      const csp = resolved.mimeType.startsWith('text/html')
        ? appContentSecurityPolicy(inlineScriptHashes(new TextDecoder().decode(bytes)))
        : CONTENT_SECURITY_POLICY;
      return respond(200, bytes, resolved.mimeType, csp);
    } catch {
      return respond(404, null, 'text/plain; charset=utf-8', CONTENT_SECURITY_POLICY);
    }
  };
}

/** Call after app 'ready'. */
export function serveApp(
  protocol: { handle(scheme: string, handler: (request: Request) => Promise<Response>): void },
  options: AppProtocolOptions,
): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(options));
}
