import { appendFileSync, mkdirSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { E2E_BACKUP_DIR } from './e2eEnv';

/** Every request the app makes is recorded; any to a non-local address fails the test. */
export const test = base.extend<{ requests: string[]; backupDir: string }>({
  /**
   * The web host's real backup folder, emptied before each test: every test starts on a fresh
   * profile, and backups left by the one before would (rightly) make the app offer to restore.
   */
  backupDir: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      mkdirSync(E2E_BACKUP_DIR, { recursive: true });
      for (const name of await readdir(E2E_BACKUP_DIR))
        await rm(path.join(E2E_BACKUP_DIR, name), { recursive: true, force: true });
      await use(E2E_BACKUP_DIR);
    },
    { auto: true },
  ],
  requests: [
    async ({ context }, use, testInfo) => {
      const urls: string[] = [];
      context.on('request', (request) => urls.push(request.url()));
      await use(urls);
      const remote = urls.filter((url) => !/^(https?:\/\/127\.0\.0\.1(:\d+)?\/|data:|blob:|about:)/.test(url));
      mkdirSync('test-results', { recursive: true });
      appendFileSync('test-results/requests.log', `${testInfo.title}\t${urls.length}\t${remote.length}\n`);
      expect(remote, 'requests to non-local addresses').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
