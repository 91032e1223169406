import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DATABASE_NAME, DEFAULT_LANGUAGE, earlyScript, LANGUAGE_STORAGE_KEY } from '../../scripts/earlyStart.mjs';
import { LANGUAGE_STORAGE_KEY as APP_KEY } from '../../renderer/core/i18n/resources';
import { DB_NAME } from '../../renderer/core/data/db';

const CHUNKS = { 'zh-CN': './assets/zh-CN-abc.js', en: './assets/en-def.js' };

/** Runs the generated script against a minimal page: what it preloads and what it asks IndexedDB. */
function runEarlyScript(stored: string | null, databases?: (() => Promise<unknown>) | IDBFactory) {
  const links: { rel?: string; href?: string; crossOrigin?: string }[] = [];
  const window: { workbenchEarly?: { databases?: Promise<unknown>; accounts?: Promise<unknown> } } = {};
  const page = {
    window,
    localStorage: { getItem: (key: string) => (key === LANGUAGE_STORAGE_KEY ? stored : null) },
    document: { createElement: () => ({}), head: { appendChild: (link: object) => links.push(link) } },
    indexedDB: typeof databases === 'function' ? { databases } : (databases ?? {}),
  };
  new Function(...Object.keys(page), earlyScript(CHUNKS))(...Object.values(page));
  return { links, early: window.workbenchEarly };
}

describe("the page's first script (a build's index.html)", () => {
  it('reads the language where the app stores it, and falls back to the app’s default', () => {
    expect(LANGUAGE_STORAGE_KEY).toBe(APP_KEY);
    expect(DEFAULT_LANGUAGE).toBe('zh-CN');
    expect(DATABASE_NAME).toBe(DB_NAME);
  });

  it('counts the staff accounts of the app’s database as it is on disk, and creates none when missing', async () => {
    const indexedDB = new IDBFactory();
    expect(await runEarlyScript(null, indexedDB).early?.accounts).toBeNull();
    // Listed, then deleted before the script opens it: the open that would create it is aborted.
    const stale = {
      databases: async () => [{ name: DB_NAME, version: 80 }],
      open: (name: string) => indexedDB.open(name),
    };
    expect(await runEarlyScript(null, stale as unknown as IDBFactory).early?.accounts).toBeNull();
    expect(await indexedDB.databases()).toEqual([]);

    await new Promise<void>((resolve) => {
      const request = indexedDB.open(DB_NAME, 80);
      request.onupgradeneeded = () => request.result.createObjectStore('staff', { keyPath: 'id' });
      request.onsuccess = () => {
        const tx = request.result.transaction('staff', 'readwrite');
        tx.objectStore('staff').put({ id: 's1' });
        tx.objectStore('staff').put({ id: 's2' });
        tx.oncomplete = () => (request.result.close(), resolve());
      };
    });
    expect(await runEarlyScript(null, indexedDB).early?.accounts).toEqual({ version: 80, accounts: 2 });
    // Read as it is: still at its version, so the app's own open decides about any upgrade.
    expect(await indexedDB.databases()).toEqual([{ name: DB_NAME, version: 80 }]);
  });

  it('preloads only the texts of the interface language, and asks which databases exist', async () => {
    const listing = [{ name: 'talent-office-workbench', version: 80 }];
    const english = runEarlyScript('en', () => Promise.resolve(listing));
    expect(english.links).toEqual([{ rel: 'modulepreload', href: './assets/en-def.js', crossOrigin: '' }]);
    expect(await english.early?.databases).toEqual(listing);
    expect(runEarlyScript(null).links.map((l) => l.href)).toEqual(['./assets/zh-CN-abc.js']);
    expect(runEarlyScript('fr').links.map((l) => l.href)).toEqual(['./assets/zh-CN-abc.js']);
  });

  it('leaves the listing and the account check to the app when the browser cannot list databases', () => {
    expect(runEarlyScript('zh-CN').early).toEqual({});
  });
});
