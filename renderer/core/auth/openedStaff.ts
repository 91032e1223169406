import type { staffRepo } from '../data/staffRepo';

type StaffRepo = typeof staffRepo;

let opening: Promise<StaffRepo> | null = null;

/**
 * The staff accounts, once the app's database is open (openDatabase: a backup before any upgrade).
 * Loaded on first use: Dexie and the data layer stay out of the sign-in screen's first script, and
 * load and open after its first frame (AuthGate) or when a form needs them first. Shared by whoever
 * asks while the open is under way; at once when it is open.
 */
export function openedStaff(): Promise<StaffRepo> {
  opening ??= Promise.all([import('../data/openDatabase'), import('../data/staffRepo')])
    .then(async ([{ openDatabase }, data]) => {
      await openDatabase();
      return data.staffRepo;
    })
    .finally(() => {
      opening = null;
    });
  return opening;
}
