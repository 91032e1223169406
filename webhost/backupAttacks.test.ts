import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import * as fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeEnvelope, WEB_API_PATHS } from '../shared/core/bridge/webApi';
import { createBackupStore } from '../electron/node/backups/backupStore';
import { startWebHost, type WebHost } from './webHost';
import { call, launch, sessionHeaders } from './testSupport';
import { sealedBackup } from '../tests/support/sealedBackup';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const backup = async (text: string, extra: Record<string, unknown> = {}) => ({
  ...(await sealedBackup(text)),
  ...extra,
});

/**
 * The attacks of issue 12 on the web host, against the REAL backup store in a temp folder: what
 * any other program on the PC can do with it, and what a page with the session still cannot.
 */
describe('the web host against local programs', () => {
  let root: string;
  let dir: string;
  let host: WebHost;
  const folder = async () => (await fs.readdir(dir)).sort();
  const api = (method: keyof typeof WEB_API_PATHS, headers: Record<string, string>, request?: object) =>
    call(host.origin, WEB_API_PATHS[method], { headers, body: encodeEnvelope(request) });

  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'workbench-attacks-'));
    dir = path.join(root, 'backups');
    await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    host = await startWebHost({
      port: 0,
      rootDir: root,
      readFile: (f) => fs.readFile(f),
      backups: createBackupStore({ fs, dir, now: () => new Date(), sha256, log: () => undefined }),
      statfs: (d) => fs.statfs(d),
      storageDirs: [root],
    });
    const page = sessionHeaders(host, await launch(host));
    for (const text of ['monday', 'tuesday', 'wednesday']) {
      expect((await api('writeBackup', page, await backup(text))).status).toBe(200);
    }
  });
  afterEach(async () => {
    await host.close();
    await fs.rm(root, { recursive: true, force: true });
  });

  it('lets a program that knows the address and Host header read no backup, list none and write none', async () => {
    const before = await folder();
    const stranger = { origin: host.origin, 'content-type': 'application/octet-stream' };
    const page = await call(host.origin, '/', { method: 'GET' });
    expect(page.text).not.toMatch(/csrf|session/i);
    const [first] = before.filter((name) => name.endsWith('.twb'));
    for (const [method, request] of [
      ['listBackups', undefined],
      ['readBackup', { path: first }],
      ['writeBackup', await backup('planted')],
      ['backupPolicy', { retention: { keepLast: 1, keepDaily: 0 } }],
    ] as const) {
      const answer = await api(method, stranger, request);
      expect(answer.status, method).toBe(403);
      expect(answer.status, method).not.toBe(200);
    }
    expect(await folder()).toEqual(before);
  });

  it("keeps every real backup when a write names its own rotation (keepLast 1) or a date in 2099, even from the app's page", async () => {
    const page = sessionHeaders(host, await launch(host));
    const before = await folder();
    const sealed = await backup('planted');
    const planted = [
      { ...sealed, retention: { keepLast: 1, keepDaily: 0 } },
      { ...sealed, meta: { ...sealed.meta, createdAt: '2099-12-31T00:00:00.000Z' } },
      { ...sealed, meta: { ...sealed.meta, sequence: 1_000_000 } },
    ];
    for (const request of planted) {
      const answer = await api('writeBackup', page, request);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.text)).toMatchObject({ code: 'invalid-payload' });
    }
    expect(await folder()).toEqual(before);
    // The next real backup is dated by the host's clock and numbered after the others.
    const written = JSON.parse((await api('writeBackup', page, await backup('thursday'))).text) as {
      entry: { meta: { createdAt: string; sequence: number } };
    };
    expect(Math.abs(Date.parse(written.entry.meta.createdAt) - Date.now())).toBeLessThan(60_000);
    expect(written.entry.meta.sequence).toBe(4);
    expect((await folder()).filter((name) => name.endsWith('.twb'))).toHaveLength(4);
  });
});
