import { afterEach, describe, expect, it, vi } from 'vitest';
import { coreTexts, LANGUAGE_STORAGE_KEY, prefetchCoreTexts } from './resources';

/** What the page's first script (scripts/earlyStart.mjs) leaves when it has started importing a language's texts. */
function earlyImport(language: string, module: Promise<unknown>) {
  (globalThis as { workbenchEarly?: object }).workbenchEarly = { texts: { language, module } };
}

function storeLanguage(language: string | null) {
  vi.stubGlobal('localStorage', { getItem: (key: string) => (key === LANGUAGE_STORAGE_KEY ? language : null) });
}

describe('the core texts of the interface language', () => {
  afterEach(() => {
    delete (globalThis as { workbenchEarly?: unknown }).workbenchEarly;
    vi.unstubAllGlobals();
  });

  it("are the ones the page's first script imported, taken once", async () => {
    const early = { auth: { signIn: { submit: 'Sign in (early)' } } };
    storeLanguage('en');
    earlyImport('en', Promise.resolve({ default: early }));
    prefetchCoreTexts();
    expect(await coreTexts('en')).toBe(early);
    // Taken once: the next load (a language switch back, say) imports the chunk itself.
    expect((await coreTexts('en')).auth.signIn.submit).toBe('Sign in');
  });

  it("are imported by the app when the first script's import failed or was of another language", async () => {
    storeLanguage(null);
    earlyImport('zh-CN', Promise.reject(new Error('chunk failed to load')));
    prefetchCoreTexts();
    expect((await coreTexts('zh-CN')).auth.signIn.submit).toBe('登录');

    storeLanguage('en');
    earlyImport('zh-CN', Promise.resolve({ default: {} }));
    prefetchCoreTexts();
    expect((await coreTexts('en')).auth.signIn.submit).toBe('Sign in');
  });
});
