import { describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGE, earlyScript, LANGUAGE_STORAGE_KEY } from '../../scripts/earlyStart.mjs';
import { LANGUAGE_STORAGE_KEY as APP_KEY } from '../../renderer/core/i18n/resources';

const CHUNKS = { 'zh-CN': './assets/zh-CN-abc.js', en: './assets/en-def.js' };

/** Runs the generated script against a minimal page: what it preloads and what it asks IndexedDB. */
function runEarlyScript(stored: string | null, databases?: () => Promise<unknown>) {
  const links: { rel?: string; href?: string; crossOrigin?: string }[] = [];
  const window: { workbenchEarly?: { databases?: Promise<unknown> } } = {};
  const page = {
    window,
    localStorage: { getItem: (key: string) => (key === LANGUAGE_STORAGE_KEY ? stored : null) },
    document: { createElement: () => ({}), head: { appendChild: (link: object) => links.push(link) } },
    indexedDB: databases ? { databases } : {},
  };
  new Function(...Object.keys(page), earlyScript(CHUNKS))(...Object.values(page));
  return { links, early: window.workbenchEarly };
}

describe("the page's first script (a build's index.html)", () => {
  it('reads the language where the app stores it, and falls back to the app’s default', () => {
    expect(LANGUAGE_STORAGE_KEY).toBe(APP_KEY);
    expect(DEFAULT_LANGUAGE).toBe('zh-CN');
  });

  it('preloads only the texts of the interface language, and asks which databases exist', async () => {
    const listing = [{ name: 'talent-office-workbench', version: 80 }];
    const english = runEarlyScript('en', () => Promise.resolve(listing));
    expect(english.links).toEqual([{ rel: 'modulepreload', href: './assets/en-def.js', crossOrigin: '' }]);
    expect(await english.early?.databases).toEqual(listing);
    expect(runEarlyScript(null).links.map((l) => l.href)).toEqual(['./assets/zh-CN-abc.js']);
    expect(runEarlyScript('fr').links.map((l) => l.href)).toEqual(['./assets/zh-CN-abc.js']);
  });

  it('leaves the listing to the app when the browser cannot list databases', () => {
    expect(runEarlyScript('zh-CN').early).toEqual({});
  });
});
