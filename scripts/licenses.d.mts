import type { Plugin } from 'vite';

export const LICENSES_FILE: string;

export interface LicensedPackage {
  name: string;
  version: string;
  license: string;
  text: string | null;
  /** Which bundles hold it: renderer, main, preload, runtime. */
  bundles: string[];
  /** Set when it is only inside another package's pre-bundled file (exceljs's dist, say). */
  inside?: string;
}

export type PackageSource = string | { dir: string; inside: string };

export function packageDirOf(moduleId: string): string | null;
export function describePackage(dir: string): Omit<LicensedPackage, 'bundles'>;
export function recordLicenses(file: string, bundle: string, sources: readonly PackageSource[]): LicensedPackage[];
export function packageDirsOf(moduleIds: readonly string[]): string[];
export function findPackageDir(fromDir: string, name: string): string | null;
export function inlinedDependencyDirs(prebuiltDirs: readonly string[]): Array<{ dir: string; inside: string }>;
export function licensesPlugins(): { app: Plugin; worker: Plugin };
