import { appendFileSync, mkdirSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';

/** Every request the app makes is recorded; any to a non-local address fails the test. */
export const test = base.extend<{ requests: string[] }>({
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
