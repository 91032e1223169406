/** The cycles among the files under `dirs` (relative to `root`), each as a sorted list of files. */
export function findCycles(root: string, dirs: readonly string[]): string[][];
