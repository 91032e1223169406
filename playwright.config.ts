import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_BACKUP_DIR, E2E_PORT } from './tests/support/e2eEnv';

const port = E2E_PORT;

// Debian's Chromium (never `npx playwright install`, which cannot download here), with its
// background networking off so the only traffic is the app's own.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalTimeout: 20 * 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 860 },
    acceptDownloads: true,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
    screenshot: 'only-on-failure',
    trace: 'off',
    actionTimeout: 15_000,
  },
  webServer: {
    command: `node scripts/web.mjs`,
    // The web host with the real backup store and statfs, its backup folder in a temp folder.
    env: { PORT: String(port), WORKBENCH_BACKUP_DIR: E2E_BACKUP_DIR },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
