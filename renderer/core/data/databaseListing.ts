/**
 * Which databases the origin holds, and at which version (`indexedDB.databases()`). A build asks in
 * the page's first script (scripts/earlyStart.mjs), while the HTML is parsed; the app's first module
 * (renderer/app/early.ts) takes that answer, or asks itself, so it is on its way while the modules
 * evaluate. The first open of the database takes it; every later one asks again.
 * Depends on nothing: it runs before the rest of the app's modules.
 */
type Listing = Promise<IDBDatabaseInfo[] | undefined>;

let early: Listing | null = null;

function ask(): Listing {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return Promise.resolve(undefined);
  return indexedDB.databases().catch(() => undefined);
}

/** The answer the page's first script (scripts/earlyStart.mjs, in a build) asked for, taken once. */
function fromEarlyScript(): Listing | null {
  const started = (globalThis as { workbenchEarly?: { databases?: Listing } }).workbenchEarly;
  const answer = started?.databases;
  if (started) delete started.databases;
  return answer ? answer.catch(() => undefined) : null;
}

/** Starts the listing now (or takes the early script's), for the first open. */
export function listDatabasesEarly(): void {
  early ??= fromEarlyScript() ?? ask();
}

/** The databases on disk: the early answer once, then a fresh one. Undefined if the browser cannot tell. */
export function listDatabases(): Listing {
  const answer = early ?? ask();
  early = null;
  return answer;
}
