import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ScanPage } from './generateScans';

/** Binds scanned pages into one multi-page PDF as a scanner's "scan to PDF" does (img2pdf keeps each JPEG as is). */
export function scanStackPdf(pages: readonly ScanPage[], dir: string, name = 'stack.pdf'): string {
  const parts = pages.map((p, i) => {
    const file = path.join(dir, `page-${String(i).padStart(3, '0')}.${p.mime === 'image/png' ? 'png' : 'jpg'}`);
    writeFileSync(file, p.bytes);
    return file;
  });
  const pdf = path.join(dir, name);
  execFileSync('img2pdf', ['--pagesize', 'A4', '-o', pdf, ...parts]);
  return pdf;
}
