import { createRequire } from 'node:module';
import type { Dexie } from 'dexie';
import { expect, type Page } from '@playwright/test';
import { hashPassword } from '../../shared/core/auth/password';
import { storesAt } from '../../renderer/core/data/schema/versions';
import { SYSTEMS } from '../../renderer/app/systems';
import { ADMIN } from './ui';

/** A page of the app's origin that runs no app code (the web host answers 404), for setting up IndexedDB. */
export const SETUP_PATH = '/setup-without-the-app';

/**
 * Writes the database an office upgrading from release 3 would have: schema version 3 (search
 * terms on every row, people sorted by name alone), the administrator, and `people` people.
 * Built with Dexie itself (its UMD build) on a page of the app's origin, so it is exactly what
 * that release left on disk.
 */
export async function writeVersion3Database(page: Page, people: number): Promise<void> {
  await page.goto(SETUP_PATH);
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('dexie/dist/dexie.js') });
  const admin = {
    id: 'staff-admin',
    username: ADMIN.username,
    displayName: ADMIN.displayName,
    isAdmin: 1,
    isActive: 1,
    password: await hashPassword(ADMIN.password),
    createdAt: '2026-01-05T08:00:00.000Z',
  };
  await page.evaluate(
    async ({ stores, admin, people }) => {
      const DexieUmd = (window as unknown as { Dexie: typeof Dexie }).Dexie;
      const db = new DexieUmd('talent-office-workbench');
      db.version(1).stores(stores[0]);
      db.version(2).stores(stores[1]);
      db.version(3).stores(stores[2]);
      await db.table('staff').add(admin);
      await db.table('units').add({
        id: 'u1',
        kind: 'member',
        name: '海城市教育局',
        sortKey: '00000|00000|海城市教育局|u1',
        terms: ['海城', '教育'],
        parentId: null,
        isActive: 1,
        isSample: 0,
        nameHistory: [],
      });
      for (let start = 0; start < people; start += 10_000) {
        const batch = [];
        for (let i = start; i < Math.min(people, start + 10_000); i++) {
          const name = `人才${String(i).padStart(6, '0')}`;
          batch.push({
            id: `p${i}`,
            role: 'talent',
            name,
            sortKey: `${name}|p${i}`,
            terms: [name.slice(0, 2), name.slice(2, 4)],
            unitId: 'u1',
            isActive: 1,
            isSample: 0,
          });
        }
        await db.table('people').bulkAdd(batch);
      }
      db.close();
    },
    { stores: [1, 2, 3].map((v) => storesAt(v, SYSTEMS)), admin, people },
  );
  expect(await installedVersion(page)).toBe(3);
}

/**
 * The schema version on disk, from a page that runs no app code: the database is opened without
 * a version, so nothing upgrades it, and Chromium first rolls back whatever a crash left half done
 * (indexedDB.databases() can report an interrupted upgrade's version before that).
 */
export async function installedVersion(page: Page): Promise<number | null> {
  if (!page.url().endsWith(SETUP_PATH)) await page.goto(SETUP_PATH);
  const version = await page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'talent-office-workbench')) return null;
    return new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('talent-office-workbench');
      open.onsuccess = () => {
        open.result.close();
        resolve(open.result.version);
      };
      open.onerror = () => reject(open.error);
    });
  });
  // Dexie keeps version N as IndexedDB version N × 10.
  return version === null ? null : version / 10;
}

/** A few people rows as stored, to tell version 3 rows (search terms, name-first sort key) from upgraded ones. */
export async function somePeople(page: Page): Promise<Array<{ sortKey: string; terms?: unknown }>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('talent-office-workbench');
        open.onsuccess = () => {
          const req = open.result.transaction('people').objectStore('people').getAll(undefined, 5);
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}
