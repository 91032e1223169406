import { z } from 'zod';
import { AppError } from '../../../shared/core/errors';

/** One entry of dist/renderer/licenses.json (scripts/licenses.mjs writes it at build time). */
export const licensedPackageSchema = z.object({
  name: z.string(),
  version: z.string(),
  license: z.string(),
  text: z.string().nullable(),
  bundles: z.array(z.string()),
  inside: z.string().optional(),
});
export type LicensedPackage = z.infer<typeof licensedPackageSchema>;

const licensesFileSchema = z.object({ packages: z.array(licensedPackageSchema) });

/**
 * The bundled libraries and their licences, fetched beside index.html only when asked for (the
 * list with its texts is a few hundred KB). Development mode has no such file: not-found.
 */
export async function loadLicenses(
  fetchFile: (url: string) => Promise<Response> = (url) => fetch(url),
  base: string = document.baseURI,
): Promise<LicensedPackage[]> {
  const response = await fetchFile(new URL('licenses.json', base).href);
  if (!response.ok) throw new AppError('not-found', { file: 'licenses.json' });
  const parsed = licensesFileSchema.safeParse(await response.json());
  if (!parsed.success) throw new AppError('validation', { file: 'licenses.json' });
  return parsed.data.packages;
}

/** Entries whose name or licence contains `query` (case-insensitive); all for an empty query. */
export function filterLicenses(packages: readonly LicensedPackage[], query: string): LicensedPackage[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...packages];
  return packages.filter((p) => p.name.toLowerCase().includes(q) || p.license.toLowerCase().includes(q));
}
