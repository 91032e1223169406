import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { planFonts } from '../../shared/core/documents/fonts';

/** LibreOffice, which measures the .docx on this machine and on CI. */
export const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));

/** The installed CJK faces, so LibreOffice measures with real glyphs (no 仿宋_GB2312 here). */
export function installedFonts() {
  const families = new Set(
    execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' })
      .split(/[\n,]/)
      .map((f) => f.trim()),
  );
  const hasBold = (family: string) =>
    execFileSync('fc-list', [`:family=${family}:style=Bold`], { encoding: 'utf8' }).trim() !== '';
  return planFonts((name) => families.has(name) || (name.endsWith(' Bold') && hasBold(name.slice(0, -5))));
}

/** Converts the .docx files to PDFs beside them, with a private profile so a running LibreOffice does not interfere. */
export function convertToPdf(dir: string, files: string[]): void {
  if (!soffice) throw new Error('LibreOffice is not installed');
  execFileSync(
    soffice,
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
    { timeout: 480_000, stdio: 'ignore' },
  );
}
