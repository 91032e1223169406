import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(__dirname, '../..');
export const bundle = (name: string) => path.join(root, 'dist-electron', name);

/** The bundle's source; fails with what to run when the build has not been run. */
export function readBundle(name: string): string {
  const file = bundle(name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the smoke tests`);
  return readFileSync(file, 'utf8');
}
