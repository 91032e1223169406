import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkRuntime, type RuntimeFs } from './electronRuntime';

const root = path.resolve(__dirname, '../..');

/** A file system of named files; stat gives owner and mode (default: a user's 0755 file). */
function fakeFs(files: Record<string, string | { uid: number; mode: number }>): RuntimeFs {
  return {
    readFile: (file) => (typeof files[file] === 'string' ? (files[file] as string) : undefined),
    stat: (file) => {
      const entry = files[file];
      if (entry === undefined) return undefined;
      return typeof entry === 'string' ? { uid: 1000, mode: 0o100755 } : entry;
    },
  };
}

const electronDir = '/w/node_modules/electron';
const installed = {
  [`${electronDir}/path.txt`]: 'electron',
  [`${electronDir}/dist/electron`]: '#!',
};
const check = (files: Parameters<typeof fakeFs>[0], platform = 'linux', env = {}) =>
  checkRuntime({ electronDir, version: '41.7.1', platform, fs: fakeFs(files), env });

describe('what npm start checks', () => {
  it('says plainly that the runtime is missing after npm ci, and how to get it', () => {
    const result = check({});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/Electron's runtime \(41\.7\.1\) is not installed/);
    expect(!result.ok && result.message).toContain('npm run electron:runtime');
    expect(!result.ok && result.message).toContain('ELECTRON_OVERRIDE_DIST_PATH');
  });

  it('finds the runtime where node_modules/electron/index.js would', () => {
    expect(check(installed, 'win32')).toEqual({ ok: true, executable: `${electronDir}/dist/electron` });
    expect(check({ '/opt/e41/electron.exe': 'MZ' }, 'win32', { ELECTRON_OVERRIDE_DIST_PATH: '/opt/e41' })).toEqual({
      ok: true,
      executable: '/opt/e41/electron.exe',
    });
  });

  it('on Linux where AppArmor denies user namespaces, asks for a setuid-root chrome-sandbox, never --no-sandbox', () => {
    const restricted = { ...installed, '/proc/sys/kernel/apparmor_restrict_unprivileged_userns': '1\n' };
    const result = check({ ...restricted, [`${electronDir}/dist/chrome-sandbox`]: '' });
    expect(!result.ok && result.message).toContain(
      `sudo chown root:root '${electronDir}/dist/chrome-sandbox' && sudo chmod 4755 '${electronDir}/dist/chrome-sandbox'`,
    );
    expect(check({ ...restricted, [`${electronDir}/dist/chrome-sandbox`]: { uid: 0, mode: 0o104755 } })).toMatchObject({
      ok: true,
    });
  });

  it('lets Chromium use user namespaces where the system allows them', () => {
    expect(check({ ...installed, '/proc/sys/kernel/apparmor_restrict_unprivileged_userns': '0' })).toMatchObject({
      ok: true,
    });
  });

  it('npm start, run here without the runtime, stops at once with that message and builds nothing', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'no-electron-'));
    try {
      const run = promisify(execFile)(process.execPath, ['scripts/run-ts.mjs', 'scripts/packaging/start.ts'], {
        cwd: root,
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
      });
      await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('is not installed') });
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe("npm ci without Electron's download host", () => {
  it("runs no dependency install script, so electron's runtime download cannot fail it (npm reads .npmrc)", async () => {
    const { stdout } = await promisify(execFile)('npm', ['config', 'get', 'ignore-scripts'], { cwd: root });
    expect(stdout.trim()).toBe('true');
  });
});
