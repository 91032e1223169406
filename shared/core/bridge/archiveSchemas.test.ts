import { describe, expect, it } from 'vitest';
import { renderPdfRequestSchema, saveArchiveRequestSchema } from './archiveSchemas';

describe('the 立卷归档 request', () => {
  it('refuses paths that climb out of the bundle, absolute paths and duplicates', () => {
    const bad = (files: Array<{ path: string }>) =>
      saveArchiveRequestSchema.safeParse({
        suggestedName: 'a.zip',
        files: files.map((f) => ({ ...f, bytes: new Uint8Array() })),
        pdfs: [],
      }).success;
    expect(bad([{ path: '../x.docx' }])).toBe(false);
    expect(bad([{ path: 'a/../../x' }])).toBe(false);
    expect(bad([{ path: '/etc/passwd' }])).toBe(false);
    expect(bad([{ path: 'C:\\x.docx' }])).toBe(false);
    expect(bad([{ path: 'a.docx' }, { path: 'a.docx' }])).toBe(false);
    expect(bad([{ path: '证明材料/照片.jpg' }])).toBe(true);
  });

  it('asks main for one document as PDF and nothing else (no bundle, no path to write)', () => {
    expect(renderPdfRequestSchema.safeParse({ html: '<p>目录</p>', title: '00-目录.pdf' }).success).toBe(true);
    expect(renderPdfRequestSchema.safeParse({ html: '<p>目录</p>', path: '/tmp/x.pdf' }).success).toBe(false);
    expect(renderPdfRequestSchema.safeParse({ html: '' }).success).toBe(false);
  });
});
