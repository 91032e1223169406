import { openDatabase } from '../data/openDatabase';

let opening: Promise<void> | null = null;

/**
 * The app's database open (openDatabase: a backup before any upgrade), shared by whoever asks while
 * it is under way — the gate after the first frame, the sign-in form's submit. Resolves at once
 * when it is open.
 */
export function databaseReady(): Promise<void> {
  opening ??= openDatabase().finally(() => {
    opening = null;
  });
  return opening;
}
