/** After an editing session goes quiet for this long, an automatic backup is taken. */
export const IDLE_BACKUP_MS = 2 * 60_000;

let started = false;
let timer: ReturnType<typeof setTimeout> | null = null;

/** Called by the signed-in app: from now on, writes schedule an idle backup. */
export function startIdleBackups(): () => void {
  started = true;
  return () => {
    started = false;
    if (timer) clearTimeout(timer);
    timer = null;
  };
}

/** Every successful repository write restarts the quiet period. */
export function noteWrite(): void {
  if (!started) return;
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    // A failed idle backup is retried after the next write; it never interrupts the user.
    // Loaded on first use: the repositories (and the sign-in screen) do not carry the backup code.
    import('./autoBackup')
      .then(({ autoBackup }) => autoBackup('idle'))
      .catch((error: unknown) => console.warn('idle backup failed', error));
  }, IDLE_BACKUP_MS);
}
