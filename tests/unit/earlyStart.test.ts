import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  DATABASE_NAME,
  DEFAULT_LANGUAGE,
  earlyScript,
  LANGUAGE_STORAGE_KEY,
  withEarlyScript,
} from '../../scripts/earlyStart.mjs';
import { inlineScriptHashes } from '../../electron/main/security';
import { LANGUAGE_STORAGE_KEY as APP_KEY } from '../../renderer/core/i18n/resources';
import { DB_NAME } from '../../renderer/core/data/db';

const CHUNKS = { 'zh-CN': './assets/zh-CN-abc.js', en: './assets/en-def.js' };

interface Early {
  texts?: { language: string; module: Promise<unknown> };
  databases?: Promise<unknown>;
  accounts?: Promise<unknown>;
}

/** Runs the generated script against a minimal page: what it imports and what it asks IndexedDB. */
function runEarlyScript(stored: string | null, databases?: (() => Promise<unknown>) | IDBFactory) {
  const imported: string[] = [];
  const window: { workbenchEarly?: Early } = {};
  const page = {
    window,
    localStorage: { getItem: (key: string) => (key === LANGUAGE_STORAGE_KEY ? stored : null) },
    indexedDB: typeof databases === 'function' ? { databases } : (databases ?? {}),
    // The script's import() of a chunk, recorded (a Function body here cannot import).
    importChunk: (url: string) => (imported.push(url), Promise.resolve({ default: { url } })),
  };
  const script = earlyScript(CHUNKS).replace(/\bimport\(/g, 'importChunk(');
  new Function(...Object.keys(page), script)(...Object.values(page));
  return { imported, early: window.workbenchEarly };
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

  it('imports only the texts of the interface language, and asks which databases exist', async () => {
    const listing = [{ name: 'talent-office-workbench', version: 80 }];
    const english = runEarlyScript('en', () => Promise.resolve(listing));
    expect(english.imported).toEqual(['./assets/en-def.js']);
    expect(english.early?.texts?.language).toBe('en');
    expect(await english.early?.texts?.module).toEqual({ default: { url: './assets/en-def.js' } });
    expect(await english.early?.databases).toEqual(listing);
    expect(runEarlyScript(null).imported).toEqual(['./assets/zh-CN-abc.js']);
    const unknown = runEarlyScript('fr');
    expect([unknown.imported, unknown.early?.texts?.language]).toEqual([['./assets/zh-CN-abc.js'], 'zh-CN']);
  });

  it('leaves the listing and the account check to the app when the browser cannot list databases', () => {
    expect(Object.keys(runEarlyScript('zh-CN').early ?? {})).toEqual(['texts']);
  });

  it('is inlined first in the page, and the CSP allows that script alone by its hash', () => {
    const source = earlyScript(CHUNKS);
    const html = withEarlyScript(readFileSync('renderer/index.html', 'utf8'), source);
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline).toEqual([source]);
    expect(html.indexOf('<script>')).toBeLessThan(html.indexOf('<script type="module"'));
    const hash = `'sha256-${createHash('sha256').update(source).digest('base64')}'`;
    // The page's meta tag is the one record of the hash; the desktop app's header takes it from there.
    expect(inlineScriptHashes(html)).toEqual([hash]);
    expect(html.match(/script-src ([^;"]*)/)?.[1]).toBe(`'self' ${hash}`);
    // A script changed by one character after the build would not run.
    const page = readFileSync('renderer/index.html', 'utf8');
    expect(inlineScriptHashes(withEarlyScript(page, `${source} `))).not.toContain(hash);
  });
});
