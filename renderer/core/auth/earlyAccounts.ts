/**
 * The page's first script (scripts/earlyStart.mjs, in a build) counts the staff accounts of the app's
 * database while the modules load, reading IndexedDB directly. Its answer is taken once, and only
 * when the database is at the version this build declares: then nothing needs upgrading, and the
 * sign-in screen can show before the app's own open of the database (which follows the first frame).
 * Any other case (no early script, a database to upgrade or create, no account) is left to the gate's
 * usual check. Depends on nothing heavy: it is part of the first screen.
 */
interface EarlyCount {
  version: number;
  accounts: number;
}

/** True when the early script found accounts in the database at `schemaVersion`; null when it cannot say. */
export function takeEarlyAccounts(schemaVersion: number): Promise<true | null> | null {
  const early = (globalThis as { workbenchEarly?: { accounts?: Promise<EarlyCount | null> } }).workbenchEarly;
  const answer = early?.accounts;
  if (!answer) return null;
  delete early.accounts;
  // Dexie's version is IndexedDB's divided by ten (db.version(8) opens version 80).
  return answer.then(
    (found) => (found && found.version === schemaVersion * 10 && found.accounts > 0 ? true : null),
    () => null,
  );
}

/** Runs `work` once, after the next frame has been produced (not inside it), or after a second at most. */
export function afterNextFrame(work: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  // A hidden page produces no frames: the timer then runs it.
  setTimeout(once, 1000);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
}
