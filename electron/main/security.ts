import type { WebPreferences } from 'electron';
import { APP_ORIGIN } from '../../shared/core/bridge/channels';

/**
 * Hardening shared by every window and the default session. Pure functions and plain data, so
 * security.test.ts can fail the build when a setting is loosened. Electron objects are passed in.
 */

export interface SecurityOptions {
  /** app.isPackaged: DevTools and devtools:// exist only in development builds. */
  isPackaged: boolean;
}

/** webPreferences for every BrowserWindow; print windows add `javascript: false` on top. */
export function secureWebPreferences(preloadPath: string | undefined, { isPackaged }: SecurityOptions): WebPreferences {
  return {
    ...(preloadPath ? { preload: preloadPath } : {}),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    devTools: !isPackaged,
    spellcheck: false,
    // Chromium defaults, pinned so an upgrade or a careless edit cannot turn them on.
    experimentalFeatures: false,
    enableWebSQL: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Middle-click (auxclick) can open links outside the app's navigation guards; not needed.
    disableBlinkFeatures: 'Auxclick',
  };
}

function policy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** A script hash source and nothing else (no 'unsafe-inline', no nonce, no host). */
const SCRIPT_HASH = /^'sha256-[A-Za-z0-9+/]{43}='$/;

/**
 * Sent with every app:// response. Offline app: nothing but its own origin, ever. `scriptHashes`: the
 * `'sha256-…'` of inline scripts a page may run — only index.html's first script, whose hash the build
 * writes into that page's CSP meta tag (scripts/earlyStart.mjs); see inlineScriptHashes.
 */
export function appContentSecurityPolicy(scriptHashes: readonly string[] = []): string {
  return policy({
    'default-src': ["'self'"],
    // WebAssembly compiled from the app's own files only (the scan reader's QR decoder, zxing-wasm, in its
    // worker): Chromium refuses WebAssembly under script-src 'self' alone. Never 'unsafe-eval'.
    'script-src': ["'self'", "'wasm-unsafe-eval'", ...scriptHashes.filter((h) => SCRIPT_HASH.test(h))],
    // Mantine injects <style> elements at run time.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  });
}

export const CONTENT_SECURITY_POLICY = appContentSecurityPolicy();

/**
 * The script hashes an app page's own CSP meta tag allows (the build's single record of the inline
 * script's hash), so the header's policy, which the page must satisfy as well, allows the same script.
 */
export function inlineScriptHashes(html: string): string[] {
  const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i)?.[1] ?? '';
  const scriptSrc = meta.split(';').find((d) => d.trim().startsWith('script-src ')) ?? '';
  return scriptSrc
    .trim()
    .split(/\s+/)
    .filter((source) => SCRIPT_HASH.test(source));
}

/**
 * For print documents (app://workbench/__print/…): self-contained HTML with inline CSS and
 * data: images, rendered with JavaScript disabled. Nothing may load, not even the app's files.
 */
export const PRINT_CONTENT_SECURITY_POLICY = policy({
  'default-src': ["'none'"],
  'style-src': ["'unsafe-inline'"],
  'img-src': ['data:'],
  'font-src': ['data:'],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
});

/** True only for documents of this app. A prefix check: `app://workbench.evil/` and `app://x@workbench/` fail. */
export function isAppUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}

/** session.webRequest.onBeforeRequest: the app may load itself and nothing else. */
export function shouldCancelRequest(url: string, { isPackaged }: SecurityOptions): boolean {
  if (isAppUrl(url)) return false;
  if (url.startsWith('data:')) return false;
  if (url.startsWith(`blob:${APP_ORIGIN}/`)) return false;
  if (!isPackaged && url.startsWith('devtools://')) return false;
  return true;
}

interface PreventableEvent {
  preventDefault(): void;
}

/** will-navigate / will-redirect: a page may move within the app, never off it. */
export function denyNavigation(event: PreventableEvent & { url?: string }): void {
  if (typeof event.url !== 'string' || !isAppUrl(event.url)) event.preventDefault();
}

/** setWindowOpenHandler: no pop-ups, no external browser (there is no network to open). */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/** setPermissionRequestHandler: camera, geolocation, notifications… the app needs none. */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

/** setPermissionCheckHandler: answers "may I?" queries with no. */
export function denyPermissionCheck(): boolean {
  return false;
}

/** The parts of Electron's Session this module touches (the real Session satisfies it). */
export interface SessionLike {
  webRequest: {
    onBeforeRequest(
      listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void,
    ): void;
  };
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  on(event: 'will-download', listener: (event: PreventableEvent) => void): unknown;
}

export function applySessionSecurity(session: SessionLike, options: SecurityOptions): void {
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: shouldCancelRequest(details.url, options) }),
  );
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  // Files are written only through the saveFile bridge (atomic, dialog-confirmed), never by a download.
  session.on('will-download', (event) => event.preventDefault());
}

/** The parts of Electron's WebContents this module touches. */
export interface WebContentsLike {
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-attach-webview',
    listener: (event: PreventableEvent & { url?: string }) => void,
  ): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** Applied to every webContents (app.on('web-contents-created')), main and print windows alike. */
export function applyWindowSecurity(webContents: WebContentsLike): void {
  webContents.on('will-navigate', denyNavigation);
  webContents.on('will-redirect', denyNavigation);
  // webviewTag is off; refuse the attach anyway in case a future window turns it on.
  webContents.on('will-attach-webview', (event) => event.preventDefault());
  webContents.setWindowOpenHandler(denyWindowOpen);
}
