import { registerErrorCodes } from '../../../shared/core/errors';
import type { SystemManifest } from '../manifest';

let installed: readonly SystemManifest[] = [];

/**
 * The composition root (renderer/app) installs the systems before anything opens the database or
 * renders; the core reads them here and never imports a system itself.
 */
export function installSystems(systems: readonly SystemManifest[]): void {
  const paths = new Set<string>();
  for (const system of systems)
    for (const { path } of system.routes) {
      if (paths.has(path)) throw new Error(`route ${path} is declared twice`);
      paths.add(path);
    }
  installed = systems;
  registerErrorCodes(systems.flatMap((s) => Object.keys(s.errors)));
}

export function installedSystems(): readonly SystemManifest[] {
  return installed;
}
