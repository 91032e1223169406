/** The bare packages statically reached from `entry` (relative to `root`), each with one import path to it. */
export function firstLoadPackages(root: string, entry: string): Map<string, string[]>;
