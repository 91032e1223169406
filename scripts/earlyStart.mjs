// The page's first script, a classic one in <head> that runs while the HTML is still being parsed,
// before the app's modules are even fetched (renderer/index.html loads them as deferred modules):
// it starts the waits of the first screen that need no library. The texts of the interface
// language are preloaded (a module preload of that language's chunk, so the app's import() of it
// finds it fetched and compiled), IndexedDB is asked which databases exist at which version
// (renderer/core/data/databaseListing.ts takes the answer), and, when the app's database exists, how
// many staff accounts it holds (renderer/core/auth/earlyAccounts.ts): opened without a version, so it
// never creates or upgrades anything, read, and closed. The sign-in screen then shows as soon as the
// modules have run, while the browser's open of the database no longer waits for them.
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
  var link = document.createElement('link');
  link.rel = 'modulepreload';
  link.crossOrigin = '';
  link.href = chunks[language] || chunks[${JSON.stringify(DEFAULT_LANGUAGE)}];
  document.head.appendChild(link);
  var early = (window.workbenchEarly = {});
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

/** Vite plugin (build only): emits the script and puts it first in index.html's <head>. */
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
      const source = earlyScript(chunks);
      const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
      const fileName = `assets/early-${hash}.js`;
      this.emitFile({ type: 'asset', fileName, source });
      // After the CSP and before the module script: the preload scanner has found the modules by then,
      // and a classic script placed after a stylesheet would wait for it.
      const text = String(html.source);
      const at = text.indexOf('<script type="module"');
      if (at < 0) this.error('index.html has no module script');
      html.source = `${text.slice(0, at)}<script src="./${fileName}"></script>\n    ${text.slice(at)}`;
    },
  };
}
