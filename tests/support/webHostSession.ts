import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { WEB_CSRF_STORAGE_KEY } from '../../shared/core/bridge/webApi';
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_ADDRESS_FILE, E2E_ORIGIN, E2E_SESSION_FILE } from './e2eEnv';

/** The one-time address `npm run web` printed (and wrote to WORKBENCH_ADDRESS_FILE), once it has. */
export async function printedAddress(timeoutMs = 30_000): Promise<string> {
  for (const started = Date.now(); Date.now() - started < timeoutMs;) {
    if (existsSync(E2E_ADDRESS_FILE)) return readFileSync(E2E_ADDRESS_FILE, 'utf8').trim();
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`npm run web printed no address to ${E2E_ADDRESS_FILE}`);
}

/**
 * Playwright's global setup: opens the address `npm run web` printed, exactly as a user would,
 * waits for the app to take the session (the secret leaves the address bar for the origin's
 * storage), and keeps that browser state for every test (`use.storageState`).
 */
export default async function openPrintedAddress(): Promise<void> {
  const address = await printedAddress();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(address);
    await page.waitForFunction((key) => !!localStorage.getItem(key), WEB_CSRF_STORAGE_KEY, { timeout: 60_000 });
    if (page.url() !== `${E2E_ORIGIN}/`)
      throw new Error(`the one-time address stayed in the address bar: ${page.url()}`);
    mkdirSync(path.dirname(E2E_SESSION_FILE), { recursive: true });
    await context.storageState({ path: E2E_SESSION_FILE });
  } finally {
    await browser.close();
  }
}

/** The kept session for a browser the test opens itself on a profile folder (openProfile). */
export async function useHostSession(context: BrowserContext): Promise<void> {
  const state = JSON.parse(readFileSync(E2E_SESSION_FILE, 'utf8')) as {
    cookies: Parameters<BrowserContext['addCookies']>[0];
    origins: Array<{ origin: string; localStorage: Array<{ name: string; value: string }> }>;
  };
  await context.addCookies(state.cookies);
  const csrf = state.origins
    .find((o) => o.origin === E2E_ORIGIN)
    ?.localStorage.find((i) => i.name === WEB_CSRF_STORAGE_KEY);
  if (!csrf) throw new Error('the kept session has no CSRF secret');
  await context.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, value);
    },
    [WEB_CSRF_STORAGE_KEY, csrf.value] as const,
  );
}
