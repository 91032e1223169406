// The page's first script, a classic one inlined in <head> that runs while the HTML is still being
// parsed, before the app's modules are even fetched (renderer/index.html loads them as deferred
// modules): it starts the waits of the first screen that need no library. The texts of the interface
// language are imported (that language's chunk only: renderer/core/i18n/resources.ts takes the
// promise, so the app's init finds them evaluated), IndexedDB is asked which databases exist at which
// version (renderer/core/data/databaseListing.ts takes the answer), and, when the app's database
// exists, how many staff accounts it holds (renderer/core/auth/earlyAccounts.ts): opened without a
// version, so it never creates or upgrades anything, read, and closed. The sign-in screen then shows as
// soon as the modules have run, while the browser's open of the database no longer waits for them.
// Inlined, not a file of its own: a parser-blocking request fewer before the modules are even asked
// for. Its sha256 goes into the page's CSP meta tag, the one place the hash is written; the desktop
// app's CSP header copies it from there (electron/main/security.ts inlineScriptHashes).
import { createHash } from 'node:crypto';

/** Must equal LANGUAGE_STORAGE_KEY in renderer/core/i18n/resources.ts (tests/unit/earlyStart.test.ts). */
export const LANGUAGE_STORAGE_KEY = 'workbench.language';
export const DEFAULT_LANGUAGE = 'zh-CN';
/** Must equal DB_NAME in renderer/core/data/db.ts (tests/unit/earlyStart.test.ts). */
export const DATABASE_NAME = 'talent-office-workbench';
const LOCALE_MODULE = /\/core\/i18n\/locales\/([^/]+)\/index\.ts$/;

/** The script's text: `chunks` maps each language to its texts' chunk, relative to the page. */
export function earlyScript(chunks) {
  return `// Generated at build time by scripts/earlyStart.mjs.
(function () {
  var chunks = ${JSON.stringify(chunks)};
  var language = null;
  try { language = localStorage.getItem(${JSON.stringify(LANGUAGE_STORAGE_KEY)}); } catch (e) {}
  if (!chunks[language]) language = ${JSON.stringify(DEFAULT_LANGUAGE)};
  var early = (window.workbenchEarly = {});
  // A failed import is the app's to retry (it imports the chunk itself); nothing is reported here.
  early.texts = { language: language, module: import(chunks[language]) };
  early.texts.module.catch(function () {});
  try { if (indexedDB.databases) early.databases = indexedDB.databases(); } catch (e) {}
  if (early.databases) early.accounts = early.databases.then(countAccounts).catch(function () { return null; });
  function countAccounts(listed) {
    var name = ${JSON.stringify(DATABASE_NAME)};
    if (!listed.some(function (d) { return d.name === name; })) return null;
    return new Promise(function (resolve) {
      var request = indexedDB.open(name);
      // Deleted since the listing: create nothing (the abort fails the open).
      request.onupgradeneeded = function () { request.transaction.abort(); };
      request.onerror = function () { resolve(null); };
      request.onsuccess = function () {
        var db = request.result;
        db.onversionchange = function () { db.close(); };
        try {
          var count = db.transaction('staff', 'readonly').objectStore('staff').count();
          count.onsuccess = function () { db.close(); resolve({ version: db.version, accounts: count.result }); };
          count.onerror = function () { db.close(); resolve(null); };
        } catch (e) {
          db.close();
          resolve(null);
        }
      };
    });
  }
})();
`;
}

/** The CSP source that allows exactly this inline script: `'sha256-…'` of its UTF-8 text. */
export function inlineScriptHash(source) {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

const CSP_SCRIPT_SRC = /(<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*?script-src 'self')/;

/**
 * index.html with the script inlined before its module script, and the script's hash added to the
 * script-src of its CSP meta tag (nothing else inline is allowed).
 */
export function withEarlyScript(html, source) {
  if (source.includes('</script')) throw new Error('the early script cannot be inlined');
  if (!CSP_SCRIPT_SRC.test(html)) throw new Error("index.html has no CSP meta tag with script-src 'self'");
  // After the CSP and before the module script: the preload scanner has found the modules by then,
  // and a script placed after a stylesheet would wait for it.
  const at = html.indexOf('<script type="module"');
  if (at < 0) throw new Error('index.html has no module script');
  const withScript = `${html.slice(0, at)}<script>${source}</script>\n    ${html.slice(at)}`;
  return withScript.replace(CSP_SCRIPT_SRC, (policy) => `${policy} ${inlineScriptHash(source)}`);
}

/** Vite plugin (build only): inlines the script first in index.html's <head>, its hash in the CSP. */
export function earlyStartPlugin() {
  return {
    name: 'workbench-early-start',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset') return;
      const chunks = {};
      for (const file of Object.values(bundle)) {
        const language = file.type === 'chunk' && file.facadeModuleId?.match(LOCALE_MODULE)?.[1];
        if (language) chunks[language] = `./${file.fileName}`;
      }
      if (!chunks[DEFAULT_LANGUAGE]) this.error(`no chunk holds the ${DEFAULT_LANGUAGE} texts`);
      try {
        html.source = withEarlyScript(String(html.source), earlyScript(chunks));
      } catch (error) {
        this.error(error.message);
      }
    },
  };
}
