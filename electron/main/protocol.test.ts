import path from 'node:path';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  registerAppScheme,
  resolveAppPath,
  serveApp,
} from './protocol';
import { appContentSecurityPolicy, CONTENT_SECURITY_POLICY, PRINT_CONTENT_SECURITY_POLICY } from './security';

const root = path.resolve('/srv/renderer');
/** A build's index.html: the first script inline, its hash in the page's CSP (scripts/earlyStart.mjs). */
const EARLY_HASH = `'sha256-${'A'.repeat(43)}='`;
const INDEX_HTML = `<!doctype html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; \
script-src 'self' ${EARLY_HASH} 'unsafe-inline' https://cdn.example; style-src 'self'" /><title>app</title>\
<script>early()</script></head>`;

describe('resolveAppPath', () => {
  it('serves index.html for the root and for client-side routes', () => {
    for (const url of ['app://workbench/', 'app://workbench/units/42', 'app://workbench/?tab=1']) {
      expect(resolveAppPath(root, url)).toEqual({
        ok: true,
        filePath: path.join(root, 'index.html'),
        mimeType: 'text/html; charset=utf-8',
      });
    }
  });

  it('maps a file inside the root with its mime type', () => {
    expect(resolveAppPath(root, 'app://workbench/assets/index-abc.js?v=1')).toEqual({
      ok: true,
      filePath: path.join(root, 'assets', 'index-abc.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppPath(root, 'app://workbench/fonts/a.woff2')).toMatchObject({ mimeType: 'font/woff2' });
    expect(resolveAppPath(root, 'app://workbench/x.unknownext')).toMatchObject({
      mimeType: 'application/octet-stream',
    });
  });

  it.each([
    'app://workbench/../secret.txt',
    'app://workbench/assets/../../secret.txt',
    'app://workbench/%2e%2e/secret.txt',
    'app://workbench/%2E%2E/%2e%2e/etc/passwd',
    'app://workbench/..%2f..%2fetc%2fpasswd',
    'app://workbench/assets%5c..%5c..%5csecret.txt',
    'app://workbench/C:/Windows/win.ini',
    'app://workbench/c%3a%5cwindows%5cwin.ini',
    'app://workbench/index.html%00.png',
    'app://workbench/./index.html',
  ])('refuses the traversal %s', (url) => {
    expect(resolveAppPath(root, url)).toMatchObject({ ok: false });
  });

  it.each(['/etc/passwd', 'file:///etc/passwd', 'app://other/index.html', 'https://workbench/index.html'])(
    'refuses %s, which is not an app URL',
    (url) => {
      expect(resolveAppPath(root, url)).toEqual({ ok: false, status: 403 });
    },
  );

  it('answers a malformed escape with 400', () => {
    expect(resolveAppPath(root, 'app://workbench/%E0%A4%A.js')).toEqual({ ok: false, status: 400 });
  });

  it('keeps double-encoded dots as a literal name inside the root', () => {
    const result = resolveAppPath(root, 'app://workbench/%252e%252e/x.js');
    expect(result.ok && result.filePath.startsWith(root + path.sep)).toBe(true);
  });
});

describe('app protocol handler', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'workbench-protocol-'));
    await mkdir(path.join(dir, 'renderer', 'assets'), { recursive: true });
    await writeFile(path.join(dir, 'renderer', 'index.html'), INDEX_HTML);
    await writeFile(path.join(dir, 'renderer', 'assets', 'main.js'), 'console.log(1)');
    await writeFile(path.join(dir, 'secret.txt'), 'top secret');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const handler = () =>
    createAppProtocolHandler({
      rootDir: path.join(dir, 'renderer'),
      readFile: (file) => readFile(file),
      printDocuments: { get: (url) => (url === 'app://workbench/__print/abc' ? '<p>print me</p>' : undefined) },
    });

  it('serves the built files with their type and the CSP', async () => {
    const response = await handler()(new Request('app://workbench/assets/main.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('lets index.html run the inline script its own CSP meta tag allows by hash, and no other', async () => {
    for (const url of ['app://workbench/', 'app://workbench/index.html', 'app://workbench/meetings']) {
      const response = await handler()(new Request(url));
      expect(await response.text()).toBe(INDEX_HTML);
      expect(response.headers.get('content-security-policy')).toBe(appContentSecurityPolicy([EARLY_HASH]));
    }
    expect(appContentSecurityPolicy([EARLY_HASH])).toContain(`script-src 'self' 'wasm-unsafe-eval' ${EARLY_HASH};`);
  });

  it('never serves a file outside the renderer folder, and still sends the CSP', async () => {
    const response = await handler()(new Request('app://workbench/..%2fsecret.txt'));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers a missing file with 404 and the CSP', async () => {
    const response = await handler()(new Request('app://workbench/missing.js'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves a held print document under the no-script print policy', async () => {
    const response = await handler()(new Request('app://workbench/__print/abc'));
    expect(await response.text()).toBe('<p>print me</p>');
    expect(response.headers.get('content-security-policy')).toBe(PRINT_CONTENT_SECURITY_POLICY);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handler()(new Request('app://workbench/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});

describe('scheme registration', () => {
  it('registers app:// as standard, secure and fetchable, without bypassing CSP', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it('hands the handler to protocol.handle for the app scheme', () => {
    const handle = vi.fn();
    serveApp({ handle }, { rootDir: root, readFile: async () => new Uint8Array() });
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
