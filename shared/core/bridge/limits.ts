/** One piece of a big file crossing the bridge: a short task to copy on the page, few round trips a gigabyte. */
export const PIECE_BYTES = 8 * 1024 * 1024;
/** The largest file the hosts move at all, in pieces (a backup, a picked file, a saved one). */
export const MAX_PIECED_BYTES = 4 * 1024 * 1024 * 1024;
