/**
 * Whether this session began by creating the first administrator: the app then asks once for the
 * office's names and leaders (they are printed on every document). Kept in memory only: a later
 * sign-in never asks again; Settings › Office and leaders keeps them.
 */
let createdFirstAdmin = false;

export function markFirstRunSession(): void {
  createdFirstAdmin = true;
}

export function isFirstRunSession(): boolean {
  return createdFirstAdmin;
}

/** The question was answered or put off, or the first account was not created after all. */
export function endFirstRunSession(): void {
  createdFirstAdmin = false;
}
