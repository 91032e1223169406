import { z } from 'zod';
import { colophonVariantsSchema } from './schemas';

/**
 * 立卷归档 bundle: the renderer hands over every file of a record (Word documents, evidence) and
 * every document as print HTML; the host writes ONE zip where the user chooses. A host that can
 * print to PDF (Electron) renders each `pdfs` entry to PDF; one that cannot (the browser) keeps
 * the print HTML beside it under the same name ending .html, to be printed from any browser.
 */

// eslint-disable-next-line no-control-regex -- control characters are what a name must not hold
const SEGMENT = /^[^/\\\u0000-\u001f<>:"|?*]+$/;

/** A path inside the bundle: relative, '/'-separated, no '.' or '..' segment, no drive or root. */
export const archivePathSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((p) => p.split('/').every((s) => SEGMENT.test(s) && s !== '.' && s !== '..' && s.trim() === s), {
    message: 'archive-path',
  });

export const saveArchiveRequestSchema = z
  .object({
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      // eslint-disable-next-line no-control-regex -- control characters are what a name must not hold
      .regex(/^[^/\\\u0000-\u001f<>:"|?*]+\.zip$/),
    files: z.array(z.object({ path: archivePathSchema, bytes: z.instanceof(Uint8Array) })).max(1000),
    pdfs: z
      .array(
        z.object({
          path: archivePathSchema.refine((p) => p.endsWith('.pdf'), { message: 'pdf-path' }),
          html: z
            .string()
            .min(1)
            .max(50 * 1024 * 1024),
          colophonVariants: colophonVariantsSchema.optional(),
        }),
      )
      .max(200),
  })
  .refine(
    (r) =>
      new Set([...r.files.map((f) => f.path), ...r.pdfs.map((p) => p.path)]).size === r.files.length + r.pdfs.length,
    { path: ['files'], message: 'duplicate-path' },
  );

export type SaveArchiveRequest = z.input<typeof saveArchiveRequestSchema>;
export type SaveArchiveInput = z.output<typeof saveArchiveRequestSchema>;

/**
 * One document of a bundle printed to PDF by the desktop app's main process, its bytes handed back
 * to the page: the page builds the zip and saves it in pieces (renderer/core/host/archiveBlob.ts),
 * so no bundle ever crosses the bridge whole.
 */
export const renderPdfRequestSchema = z.strictObject({
  html: z
    .string()
    .min(1)
    .max(50 * 1024 * 1024),
  colophonVariants: colophonVariantsSchema.optional(),
  /** The print job's title (the entry's name in the bundle). */
  title: z.string().max(200).default(''),
});

export type RenderPdfRequest = z.input<typeof renderPdfRequestSchema>;
