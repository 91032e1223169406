import os from 'node:os';
import path from 'node:path';

/** The port the web host serves the end-to-end tests on (E2E_PORT, so helpers in parallel differ). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 5179);
export const E2E_ORIGIN = `http://127.0.0.1:${E2E_PORT}`;

/**
 * The web host's backup folder during the end-to-end tests: a temp folder, computed the same way
 * by the Playwright config (which starts the host) and by the fixtures (which empty it before
 * each test, so one test's backups never make the next one's fresh profile look "recovered").
 */
export const E2E_BACKUP_DIR = path.join(os.tmpdir(), `workbench-e2e-${E2E_PORT}`, 'backups');

/** Where `npm run web` also writes the one-time address it prints (WORKBENCH_ADDRESS_FILE). */
export const E2E_ADDRESS_FILE = path.join(os.tmpdir(), `workbench-e2e-${E2E_PORT}`, 'address');
/**
 * The browser state the global setup keeps after opening that address once: the session cookie
 * and the CSRF secret in the origin's localStorage. Every test's browser starts with it, as a
 * user's browser would after opening the address.
 */
export const E2E_SESSION_FILE = path.join(os.tmpdir(), `workbench-e2e-${E2E_PORT}`, 'session.json');

/** Debian's Chromium with its background networking off, so the only traffic is the app's own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];
