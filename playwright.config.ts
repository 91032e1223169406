import { defineConfig } from '@playwright/test';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  E2E_ADDRESS_FILE,
  E2E_BACKUP_DIR,
  E2E_PORT,
  E2E_SESSION_FILE,
} from './tests/support/e2eEnv';

const port = E2E_PORT;

// Debian's Chromium (never `npx playwright install`, which cannot download here), with its
// background networking off so the only traffic is the app's own.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalTimeout: 35 * 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  // Opens the one-time address `npm run web` printed, once, and keeps that browser's session for every test.
  globalSetup: './tests/support/webHostSession.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    storageState: E2E_SESSION_FILE,
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
    // The web host with the real backup store and statfs, its backup folder in a temp folder; the
    // address it prints also goes to a file for the global setup. Without a session `/` answers 403.
    env: { PORT: String(port), WORKBENCH_BACKUP_DIR: E2E_BACKUP_DIR, WORKBENCH_ADDRESS_FILE: E2E_ADDRESS_FILE },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
