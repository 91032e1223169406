import { describe, expect, it, vi } from 'vitest';
import {
  appContentSecurityPolicy,
  applySessionSecurity,
  applyWindowSecurity,
  CONTENT_SECURITY_POLICY,
  denyNavigation,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  inlineScriptHashes,
  isAppUrl,
  PRINT_CONTENT_SECURITY_POLICY,
  secureWebPreferences,
  shouldCancelRequest,
  type SessionLike,
  type WebContentsLike,
} from './security';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources] as [string, string[]];
    }),
  );
}

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of every renderer', () => {
    expect(secureWebPreferences('/app/preload.cjs', { isPackaged: true })).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('turns DevTools off in the packaged app and on in development', () => {
    expect(secureWebPreferences('/p', { isPackaged: true }).devTools).toBe(false);
    expect(secureWebPreferences('/p', { isPackaged: false }).devTools).toBe(true);
  });

  it('sets no preload when none is given', () => {
    expect(secureWebPreferences(undefined, { isPackaged: true })).not.toHaveProperty('preload');
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts only from the app itself, never inline or eval (WebAssembly of its own files only)', () => {
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
  });

  it("adds to script-src only the sha256 hashes it is given (index.html's first script), nothing looser", () => {
    const hash = `'sha256-${'x'.repeat(43)}='`;
    expect(directives(appContentSecurityPolicy([hash])).get('script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      hash,
    ]);
    const loose = appContentSecurityPolicy(["'unsafe-inline'", "'nonce-abc'", 'https://cdn.example', `${hash} *`]);
    expect(loose).toBe(CONTENT_SECURITY_POLICY);
    const page = `<meta http-equiv="Content-Security-Policy" content="script-src 'self' ${hash} 'unsafe-inline'" />`;
    expect(inlineScriptHashes(page)).toEqual([hash]);
    expect(inlineScriptHashes('<script>alert(1)</script>')).toEqual([]);
  });

  it('names no remote origin and no wildcard', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|ws:|wss:/);
  });

  it('pins every directive the app relies on', () => {
    expect(Object.fromEntries(csp)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'wasm-unsafe-eval'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
  });

  it('lets print documents load nothing and run nothing', () => {
    const print = directives(PRINT_CONTENT_SECURITY_POLICY);
    expect(print.get('default-src')).toEqual(["'none'"]);
    expect(print.has('script-src')).toBe(false);
    expect(PRINT_CONTENT_SECURITY_POLICY).not.toMatch(/'self'|https?:|\*|unsafe-eval/);
  });
});

describe('isAppUrl', () => {
  it.each(['app://workbench/', 'app://workbench/index.html', 'app://workbench/assets/a.js?x=1#y'])(
    'accepts %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
    },
  );

  it.each([
    'app://workbench',
    'app://workbench.evil/',
    'app://workbench:8080/',
    'app://user@workbench/',
    'app://other/',
    'APP://workbench/',
    'http://workbench/',
    'file:///app/workbench/index.html',
    'https://cdn.example.com/app://workbench/',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('shouldCancelRequest', () => {
  const packaged = { isPackaged: true };
  const dev = { isPackaged: false };

  it.each([
    'http://127.0.0.1:5173/',
    'http://localhost/',
    'https://cdn.jsdelivr.net/npm/x.js',
    'https://fonts.googleapis.com/css',
    'ws://127.0.0.1:1234/',
    'file:///etc/passwd',
    'file:///C:/Windows/win.ini',
    'ftp://example.com/',
    'chrome-extension://abc/x.js',
    'blob:https://evil.example/uuid',
    'app://other/',
    'devtools://devtools/bundled/inspector.html',
  ])('cancels %s in the packaged app', (url) => {
    expect(shouldCancelRequest(url, packaged)).toBe(true);
  });

  it.each([
    'app://workbench/index.html',
    'app://workbench/assets/x.woff2',
    'data:image/png;base64,AAAA',
    'blob:app://workbench/1234',
  ])('lets the app load %s', (url) => {
    expect(shouldCancelRequest(url, packaged)).toBe(false);
  });

  it('allows devtools:// only in development', () => {
    expect(shouldCancelRequest('devtools://devtools/bundled/inspector.html', dev)).toBe(false);
    expect(shouldCancelRequest('http://127.0.0.1/', dev)).toBe(true);
  });
});

describe('handlers', () => {
  it('blocks navigation away from the app and allows it within', () => {
    const away = { url: 'https://example.com/', preventDefault: vi.fn() };
    const within = { url: 'app://workbench/index.html', preventDefault: vi.fn() };
    const unknown = { preventDefault: vi.fn() };
    denyNavigation(away);
    denyNavigation(within);
    denyNavigation(unknown);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(within.preventDefault).not.toHaveBeenCalled();
    expect(unknown.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window and every permission', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
    const callback = vi.fn();
    denyPermissionRequest({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(denyPermissionCheck()).toBe(false);
  });
});

describe('applySessionSecurity', () => {
  function fakeSession() {
    const registered: Record<string, (...args: never[]) => unknown> = {};
    const session: SessionLike = {
      webRequest: { onBeforeRequest: (listener) => void (registered.beforeRequest = listener) },
      setPermissionRequestHandler: (handler) => void (registered.permissionRequest = handler),
      setPermissionCheckHandler: (handler) => void (registered.permissionCheck = handler),
      on: (_event, listener) => void (registered.willDownload = listener),
    };
    return { session, registered };
  }

  it('cancels off-app requests through the registered filter', () => {
    const { session, registered } = fakeSession();
    applySessionSecurity(session, { isPackaged: true });
    const answers: unknown[] = [];
    const onBefore = registered.beforeRequest as (d: { url: string }, cb: (r: unknown) => void) => void;
    onBefore({ url: 'https://cdn.example.com/x.js' }, (r) => answers.push(r));
    onBefore({ url: 'app://workbench/index.html' }, (r) => answers.push(r));
    expect(answers).toEqual([{ cancel: true }, { cancel: false }]);
  });

  it('refuses permission requests and checks, and downloads', () => {
    const { session, registered } = fakeSession();
    applySessionSecurity(session, { isPackaged: true });
    const callback = vi.fn();
    (registered.permissionRequest as typeof denyPermissionRequest)({}, 'geolocation', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect((registered.permissionCheck as () => boolean)()).toBe(false);
    const download = { preventDefault: vi.fn() };
    (registered.willDownload as (e: typeof download) => void)(download);
    expect(download.preventDefault).toHaveBeenCalled();
  });
});

describe('applyWindowSecurity', () => {
  it('guards navigation, redirects, webviews and window.open', () => {
    const listeners = new Map<string, (event: { url?: string; preventDefault(): void }) => void>();
    let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
    const webContents: WebContentsLike = {
      on: (event, listener) => void listeners.set(event, listener),
      setWindowOpenHandler: (handler) => void (openHandler = handler),
    };
    applyWindowSecurity(webContents);

    for (const event of ['will-navigate', 'will-redirect'] as const) {
      const attempt = { url: 'http://127.0.0.1:8080/', preventDefault: vi.fn() };
      listeners.get(event)?.(attempt);
      expect(attempt.preventDefault, event).toHaveBeenCalled();
    }
    const webview = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')?.(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});
