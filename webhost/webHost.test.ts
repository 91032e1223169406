import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import * as fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  encodeEnvelope,
  WEB_API_PATHS,
  WEB_CSRF_HEADER,
  WEB_CSRF_META,
  WEB_SMALL_BODY_BYTES,
} from '../shared/core/bridge/webApi';
import type { BackupStore } from '../electron/node/backups/backupStore';
import { startWebHost, type WebHost, type WebHostOptions } from './webHost';
import { call, launch, sessionHeaders } from './testSupport';

const INDEX = '<!doctype html><html><head><title>人才工作台</title></head><body><div id="root"></div></body></html>';

describe('web host', () => {
  let root: string;
  let host: WebHost;
  const backups = {
    write: vi.fn(),
    stage: vi.fn(),
    keepStaged: vi.fn(),
    openForPieces: vi.fn(),
    list: vi.fn(async () => []),
    read: vi.fn(),
    newestGood: vi.fn(),
    policy: vi.fn(),
  } satisfies BackupStore;
  const start = (extra: Partial<WebHostOptions> = {}) =>
    startWebHost({
      port: 0,
      rootDir: root,
      readFile: (f) => fs.readFile(f),
      backups,
      statfs: (d) => fs.statfs(d),
      storageDirs: [root],
      ...extra,
    });
  const listBackups = (headers: Record<string, string>) =>
    call(host.origin, WEB_API_PATHS.listBackups, { headers, body: encodeEnvelope(undefined) });

  beforeEach(async () => {
    vi.clearAllMocks();
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'workbench-webhost-'));
    await fs.writeFile(path.join(root, 'index.html'), INDEX);
    await fs.mkdir(path.join(root, 'assets'));
    await fs.writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    await fs.writeFile(path.join(os.tmpdir(), 'workbench-secret.txt'), 'secret');
    host = await start();
  });
  afterEach(async () => {
    await host.close();
    await fs.rm(root, { recursive: true, force: true });
  });

  it('listens on the loopback address only', () => {
    expect(new URL(host.origin).hostname).toBe('127.0.0.1');
  });

  it('cannot be reached on any other address of this machine', async () => {
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((i) => i && i.family === 'IPv4' && !i.internal);
    for (const other of others) {
      const refused = await new Promise<boolean>((resolve) => {
        const req = request({ host: other!.address, port: new URL(host.origin).port, path: '/', timeout: 2000 }, () =>
          resolve(false),
        );
        req.on('error', () => resolve(true));
        req.on('timeout', () => {
          req.destroy();
          resolve(true);
        });
        req.end();
      });
      expect(refused, other!.address).toBe(true);
    }
  });

  it('serves no app and no secret to a process that asks for the page with the right Host', async () => {
    const page = await call(host.origin, '/', { method: 'GET' });
    expect(page.status).toBe(403);
    expect(page.text).toContain('npm run web');
    expect(page.text).not.toContain('<div id="root">');
    expect(page.text).not.toContain('workbench-host');
    expect(page.setCookie).toEqual([]);
    expect((await call(host.origin, '/assets/app.js', { method: 'GET' })).status).toBe(403);
  });

  it('opens a session from the one-time address: an HttpOnly SameSite=Strict cookie and a CSRF secret in that page only', async () => {
    const { page, cookie, csrf } = await launch(host);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="root">');
    expect(page.setCookie[0]).toMatch(/^workbench-session-\d+=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(csrf).toMatch(/^[\w-]{43}$/);
    // Reloads get the app with the cookie, never the secret again.
    const reload = await call(host.origin, '/', { method: 'GET', headers: { cookie } });
    expect(reload.status).toBe(200);
    expect(reload.text).toContain('<meta name="workbench-host" content="web" />');
    expect(reload.text).not.toContain(csrf);
    expect(reload.text).not.toContain(WEB_CSRF_META);
    expect((await call(host.origin, '/assets/app.js', { method: 'GET', headers: { cookie } })).text).toBe(
      'console.log(1)',
    );
  });

  it('opens one session per address: a second load of the same address gets nothing', async () => {
    const address = new URL(host.newLaunchUrl());
    const first = await call(host.origin, address.pathname + address.search, { method: 'GET' });
    const again = await call(host.origin, address.pathname + address.search, { method: 'GET' });
    expect(first.status).toBe(200);
    expect(again.status).toBe(403);
    expect(again.setCookie).toEqual([]);
    expect(again.text).not.toContain(WEB_CSRF_META);
  });

  it('retires an unused address when a new one is printed, and refuses made-up ones', async () => {
    const old = new URL(host.newLaunchUrl());
    host.newLaunchUrl();
    for (const address of [old.pathname + old.search, '/?launch=', '/?launch=guess', '/index.html' + old.search]) {
      const answer = await call(host.origin, address, { method: 'GET' });
      expect(answer.status, address).toBe(403);
      expect(answer.setCookie, address).toEqual([]);
    }
  });

  it('serves the built renderer, and nothing outside it', async () => {
    const { cookie } = await launch(host);
    for (const escape of [
      '/../workbench-secret.txt',
      '/%2e%2e/workbench-secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fworkbench-secret.txt',
    ]) {
      const answer = await call(host.origin, escape, { method: 'GET', headers: { cookie } });
      expect(answer.status, escape).toBe(404);
      expect(answer.text).not.toContain('secret');
    }
  });

  it('answers an API request from the page that opened the address', async () => {
    const session = await launch(host);
    expect(await listBackups(sessionHeaders(host, session))).toMatchObject({ status: 200, text: '[]' });
    expect(backups.list).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['without a session', (s: Record<string, string>) => ({ ...s, cookie: '', [WEB_CSRF_HEADER]: '' })],
    [
      'with the cookie alone (any server on another port of 127.0.0.1 is sent it)',
      (s: Record<string, string>) => ({ ...s, [WEB_CSRF_HEADER]: '' }),
    ],
    ['with the CSRF secret but no cookie', (s: Record<string, string>) => ({ ...s, cookie: '' })],
    [
      'with a wrong CSRF secret',
      (s: Record<string, string>) => ({ ...s, [WEB_CSRF_HEADER]: `${s[WEB_CSRF_HEADER].slice(0, -1)}x` }),
    ],
    ['with a made-up cookie', (s: Record<string, string>) => ({ ...s, cookie: s.cookie.replace(/=.*/, '=guess') })],
  ])('refuses an API request %s and calls no service', async (_name, alter) => {
    const session = await launch(host);
    const answer = await listBackups(alter(sessionHeaders(host, session)));
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.text)).toMatchObject({ code: 'host-session-invalid' });
    expect(backups.list).not.toHaveBeenCalled();
  });

  it("refuses a session of the host's previous run", async () => {
    const session = await launch(host);
    await host.close();
    host = await start({ port: Number(new URL(host.origin).port) });
    expect((await listBackups(sessionHeaders(host, session))).status).toBe(403);
    expect(backups.list).not.toHaveBeenCalled();
  });

  it.each([
    ['from another origin', () => ({ origin: 'http://evil.example' })],
    ['from another port on this machine', () => ({ origin: 'http://127.0.0.1:1' })],
    ['without an origin', () => ({ origin: '' })],
    ['sent cross-site by the browser', () => ({ 'sec-fetch-site': 'cross-site' })],
    ['for another host name (DNS rebinding)', (h: WebHost) => ({ host: `evil.example:${new URL(h.origin).port}` })],
  ])('refuses an API request %s even with the session, and calls no service', async (_name, alter) => {
    const session = await launch(host);
    const headers: Record<string, string> = { ...sessionHeaders(host, session), ...alter(host) };
    if (headers.origin === '') delete headers.origin;
    const answer = await listBackups(headers);
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.text)).toMatchObject({ code: 'forbidden-sender' });
    expect(backups.list).not.toHaveBeenCalled();
  });

  it('refuses the page and the one-time address to another host name', async () => {
    const address = new URL(host.newLaunchUrl());
    const answer = await call(host.origin, address.pathname + address.search, {
      method: 'GET',
      headers: { host: 'evil.example' },
    });
    expect(answer.status).toBe(403);
    expect(answer.setCookie).toEqual([]);
    // The address was not used up by the refused request.
    expect((await call(host.origin, address.pathname + address.search, { method: 'GET' })).status).toBe(200);
  });

  it('refuses an API call that is not a POST', async () => {
    const session = await launch(host);
    const answer = await call(host.origin, WEB_API_PATHS.listBackups, {
      method: 'GET',
      headers: sessionHeaders(host, session),
    });
    expect(answer.status).toBe(405);
    expect(backups.list).not.toHaveBeenCalled();
  });

  it('refuses a payload the bridge schema rejects, naming the field, before any service runs', async () => {
    const headers = sessionHeaders(host, await launch(host));
    const body = encodeEnvelope({
      bytes: new Uint8Array([1]),
      meta: { reason: 'someday', schemaVersion: 4, counts: {}, sha256: 'a'.repeat(64) },
    });
    const answer = await call(host.origin, WEB_API_PATHS.writeBackup, { headers, body });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toEqual({ code: 'invalid-payload', params: { field: 'meta.reason' } });
    const stray = await call(host.origin, WEB_API_PATHS.listBackups, {
      headers,
      body: encodeEnvelope({ unexpected: true }),
    });
    expect(JSON.parse(stray.text)).toMatchObject({ code: 'invalid-payload' });
    expect(backups.write).not.toHaveBeenCalled();
    expect(backups.list).not.toHaveBeenCalled();
  });

  it('refuses a body that is not an envelope', async () => {
    const answer = await call(host.origin, WEB_API_PATHS.readBackup, {
      headers: sessionHeaders(host, await launch(host)),
      body: new TextEncoder().encode('{"path":"x"}'),
    });
    expect(answer.status).toBe(400);
    expect(backups.read).not.toHaveBeenCalled();
  });

  it('refuses a backup body larger than its limit, and any other call over a few kilobytes, without calling a service', async () => {
    await host.close();
    host = await start({ maxBackupBodyBytes: 1024 });
    const headers = sessionHeaders(host, await launch(host));
    const backup = await call(host.origin, WEB_API_PATHS.writeBackup, {
      headers: { ...headers, 'content-length': '4096' },
      body: new Uint8Array(4096),
    });
    expect(backup.status).toBe(413);
    expect(JSON.parse(backup.text)).toEqual({ code: 'invalid-payload', params: { field: '(size)' } });
    const padded = encodeEnvelope({ path: 'x'.repeat(WEB_SMALL_BODY_BYTES) });
    const read = await call(host.origin, WEB_API_PATHS.readBackup, {
      headers: { ...headers, 'content-length': String(padded.byteLength) },
      body: padded,
    });
    expect(read.status).toBe(413);
    expect(backups.write).not.toHaveBeenCalled();
    expect(backups.read).not.toHaveBeenCalled();
  });

  it('cuts off a body that runs past its limit without declaring its length', async () => {
    await host.close();
    host = await start({ maxBackupBodyBytes: 1024 });
    const headers = sessionHeaders(host, await launch(host));
    const answer = await call(host.origin, WEB_API_PATHS.writeBackup, {
      headers: { ...headers, 'transfer-encoding': 'chunked' },
      body: new Uint8Array(64 * 1024),
    });
    expect([0, 400]).toContain(answer.status);
    expect(backups.write).not.toHaveBeenCalled();
  });

  it('reports the free space of the folders it watches, read with statfs', async () => {
    const headers = sessionHeaders(host, await launch(host));
    const answer = JSON.parse(
      (await call(host.origin, WEB_API_PATHS.storageStatus, { headers, body: encodeEnvelope(undefined) })).text,
    );
    const stat = await fs.statfs(root);
    expect(answer.totalBytes).toBe(stat.blocks * stat.bsize);
    expect(['ok', 'low', 'critical']).toContain(answer.level);
  });
});
