import { readdirSync, readFileSync } from 'node:fs';
import { chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_ORIGIN } from './e2eEnv';
import { useHostSession } from './webHostSession';

/*
 * Chromium on a profile folder the test owns, so it can be killed and reopened on the same
 * IndexedDB (the shared `page` fixture's profile disappears with its context).
 */

export interface OpenProfile {
  context: BrowserContext;
  page: Page;
  /** Every URL requested; the test ends by checking none left this machine. */
  requests: string[];
}

export async function openProfile(userDataDir: string): Promise<OpenProfile> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 860 },
    baseURL: `${E2E_ORIGIN}/`,
    acceptDownloads: true,
  });
  // Session cookies do not outlive the browser: a reopened profile gets the web host session again.
  await useHostSession(context);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, requests };
}

export function expectOnlyLocalRequests(requests: readonly string[]): void {
  const remote = requests.filter((url) => !/^(https?:\/\/127\.0\.0\.1(:\d+)?\/|data:|blob:|about:)/.test(url));
  expect(remote, 'requests to non-local addresses').toEqual([]);
}

/** The browser process (not a renderer or helper) running on this profile folder. */
function browserPid(userDataDir: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${userDataDir}`) && !args.some((a) => a.startsWith('--type=')))
      return Number(entry);
  }
  return undefined;
}

function processGroup(pid: number): number {
  // /proc/<pid>/stat: "pid (comm) state ppid pgrp …"; comm may hold spaces, so read after the ')'.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
}

/**
 * Pulls the plug: SIGKILL to the browser's whole process group (browser, renderers, GPU,
 * utility), as a power cut or the task manager would. Nothing gets to flush or clean up.
 */
export async function killChromium(userDataDir: string): Promise<void> {
  const pid = browserPid(userDataDir);
  if (!pid) throw new Error(`no Chromium runs on ${userDataDir}`);
  const group = processGroup(pid);
  if (group <= 1 || group === process.pid) throw new Error(`refusing to kill process group ${group}`);
  process.kill(-group, 'SIGKILL');
  for (let i = 0; i < 100 && browserPid(userDataDir); i++) await new Promise((r) => setTimeout(r, 50));
  if (browserPid(userDataDir)) throw new Error('Chromium survived SIGKILL');
}

/** Row counts per object store, read with the plain IndexedDB API (no app code). */
export async function storedCounts(page: Page, dbName = 'talent-office-workbench'): Promise<Record<string, number>> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const store of names) {
            const req = tx.objectStore(store).count();
            req.onsuccess = () => void (counts[store] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    dbName,
  );
}

/**
 * Per object store: "<rows>:<SHA-256 of the rows in key order>", Blobs read as bytes; read with the
 * plain IndexedDB API. `limit` hashes only the first rows of a store (the audit log grows by the
 * restore's own entry).
 */
export async function contentHashes(
  page: Page,
  limit: Record<string, number> = {},
  dbName = 'talent-office-workbench',
): Promise<Record<string, string>> {
  return page.evaluate(
    async ([name, limits]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const stores = [...db.objectStoreNames];
      const rowsByStore = await new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const tx = db.transaction(stores, 'readonly');
        const out: Record<string, unknown[]> = {};
        for (const store of stores) {
          const req = tx.objectStore(store).getAll();
          req.onsuccess = () => void (out[store] = req.result);
        }
        tx.oncomplete = () => resolve(out);
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      const hex = (bytes: ArrayBuffer) =>
        [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
      const result: Record<string, string> = {};
      for (const store of stores) {
        const rows = rowsByStore[store].slice(0, limits[store] ?? Infinity);
        const plain = await Promise.all(
          rows.map(async (row) => {
            const r = row as Record<string, unknown>;
            return r.blob instanceof Blob ? { ...r, blob: hex(await r.blob.arrayBuffer()) } : r;
          }),
        );
        result[store] =
          `${plain.length}:${hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(plain))))}`;
      }
      return result;
    },
    [dbName, limit] as const,
  );
}
