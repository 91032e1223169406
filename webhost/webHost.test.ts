import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import * as fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeEnvelope, WEB_API_PATHS, WEB_TOKEN_HEADER } from '../shared/core/bridge/webApi';
import type { BackupStore } from '../electron/node/backups/backupStore';
import { startWebHost, type WebHost } from './webHost';

/** A raw HTTP call, so a test can send any Host, Origin or method a hostile client would. */
function call(
  host: WebHost,
  pathname: string,
  {
    method = 'POST',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: Uint8Array } = {},
) {
  const url = new URL(host.origin);
  return new Promise<{ status: number; text: string; type: string }>((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: pathname, method, headers: { host: url.host, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            type: String(res.headers['content-type']),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const rightHeaders = (host: WebHost) => ({
  origin: host.origin,
  [WEB_TOKEN_HEADER]: host.token,
  'content-type': 'application/octet-stream',
});

describe('web host', () => {
  let root: string;
  let host: WebHost;
  const backups = {
    write: vi.fn(),
    list: vi.fn(async () => []),
    read: vi.fn(),
    newestGood: vi.fn(),
  } satisfies BackupStore;

  beforeEach(async () => {
    vi.clearAllMocks();
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'workbench-webhost-'));
    await fs.writeFile(
      path.join(root, 'index.html'),
      '<!doctype html><html><head><title>人才工作台</title></head><body></body></html>',
    );
    await fs.mkdir(path.join(root, 'assets'));
    await fs.writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    await fs.writeFile(path.join(os.tmpdir(), 'workbench-secret.txt'), 'secret');
    host = await startWebHost({
      port: 0,
      rootDir: root,
      readFile: (f) => fs.readFile(f),
      backups,
      statfs: (d) => fs.statfs(d),
      storageDirs: [root],
    });
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

  it("hands the run's token to the page it serves, and a new token each run", async () => {
    const page = await call(host, '/', { method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.text).toContain(`<meta name="workbench-host-token" content="${host.token}" />`);
    const again = await startWebHost({
      port: 0,
      rootDir: root,
      readFile: (f) => fs.readFile(f),
      backups,
      statfs: (d) => fs.statfs(d),
      storageDirs: [root],
    });
    expect(again.token).not.toBe(host.token);
    expect(host.token.length).toBeGreaterThanOrEqual(43);
    await again.close();
  });

  it('serves the built renderer, and nothing outside it', async () => {
    expect((await call(host, '/assets/app.js', { method: 'GET' })).text).toBe('console.log(1)');
    for (const escape of [
      '/../workbench-secret.txt',
      '/%2e%2e/workbench-secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fworkbench-secret.txt',
    ]) {
      const answer = await call(host, escape, { method: 'GET' });
      expect(answer.status, escape).toBe(404);
      expect(answer.text).not.toContain('secret');
    }
  });

  it('answers an API request that carries the token, from its own page', async () => {
    const answer = await call(host, WEB_API_PATHS.listBackups, {
      headers: rightHeaders(host),
      body: encodeEnvelope(undefined),
    });
    expect(answer).toMatchObject({ status: 200, text: '[]' });
    expect(backups.list).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['without the token', (h: WebHost) => ({ origin: h.origin })],
    ['with a wrong token', (h: WebHost) => ({ ...rightHeaders(h), [WEB_TOKEN_HEADER]: `${h.token.slice(0, -1)}x` })],
    ['from another origin', (h: WebHost) => ({ ...rightHeaders(h), origin: 'http://evil.example' })],
    ['from another port on this machine', (h: WebHost) => ({ ...rightHeaders(h), origin: 'http://127.0.0.1:1' })],
    ['without an origin', (h: WebHost) => ({ [WEB_TOKEN_HEADER]: h.token })],
    ['sent cross-site by the browser', (h: WebHost) => ({ ...rightHeaders(h), 'sec-fetch-site': 'cross-site' })],
    [
      'for another host name (DNS rebinding)',
      (h: WebHost) => ({ ...rightHeaders(h), host: `evil.example:${new URL(h.origin).port}` }),
    ],
  ])('refuses an API request %s and calls no service', async (_name, headers) => {
    const answer = await call(host, WEB_API_PATHS.listBackups, {
      headers: headers(host),
      body: encodeEnvelope(undefined),
    });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.text)).toMatchObject({ code: 'forbidden-sender' });
    expect(backups.list).not.toHaveBeenCalled();
  });

  it('refuses the page itself to another host name', async () => {
    const answer = await call(host, '/', { method: 'GET', headers: { host: 'evil.example' } });
    expect(answer.status).toBe(403);
    expect(answer.text).not.toContain(host.token);
  });

  it('refuses an API call that is not a POST', async () => {
    expect((await call(host, WEB_API_PATHS.listBackups, { method: 'GET', headers: rightHeaders(host) })).status).toBe(
      405,
    );
    expect(backups.list).not.toHaveBeenCalled();
  });

  it('refuses a payload the bridge schema rejects, naming the field, before any service runs', async () => {
    const body = encodeEnvelope({
      bytes: new Uint8Array([1]),
      meta: { createdAt: 'yesterday', reason: 'idle', schemaVersion: 4, counts: {}, sha256: 'a'.repeat(64) },
    });
    const answer = await call(host, WEB_API_PATHS.writeBackup, { headers: rightHeaders(host), body });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toEqual({ code: 'invalid-payload', params: { field: 'meta.createdAt' } });
    const stray = await call(host, WEB_API_PATHS.listBackups, {
      headers: rightHeaders(host),
      body: encodeEnvelope({ unexpected: true }),
    });
    expect(JSON.parse(stray.text)).toMatchObject({ code: 'invalid-payload' });
    expect(backups.write).not.toHaveBeenCalled();
    expect(backups.list).not.toHaveBeenCalled();
  });

  it('refuses a body that is not an envelope', async () => {
    const answer = await call(host, WEB_API_PATHS.readBackup, {
      headers: rightHeaders(host),
      body: new TextEncoder().encode('{"path":"x"}'),
    });
    expect(answer.status).toBe(400);
    expect(backups.read).not.toHaveBeenCalled();
  });

  it('refuses a body larger than its limit without calling the service', async () => {
    const small = await startWebHost({
      port: 0,
      rootDir: root,
      readFile: (f) => fs.readFile(f),
      backups,
      statfs: (d) => fs.statfs(d),
      storageDirs: [root],
      maxBodyBytes: 1024,
    });
    const answer = await call(small, WEB_API_PATHS.writeBackup, {
      headers: { ...rightHeaders(small), 'content-length': '4096' },
      body: new Uint8Array(4096),
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text)).toEqual({ code: 'invalid-payload', params: { field: '(size)' } });
    expect(backups.write).not.toHaveBeenCalled();
    await small.close();
  });

  it('reports the free space of the folders it watches, read with statfs', async () => {
    const answer = JSON.parse(
      (await call(host, WEB_API_PATHS.storageStatus, { headers: rightHeaders(host), body: encodeEnvelope(undefined) }))
        .text,
    );
    const stat = await fs.statfs(root);
    expect(answer.totalBytes).toBe(stat.blocks * stat.bsize);
    expect(['ok', 'low', 'critical']).toContain(answer.level);
  });
});
