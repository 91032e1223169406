import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FONT_ROLES, planFonts } from '../../shared/core/documents/fonts';
import { OFFICIAL_FONT_ENTRIES } from '../../shared/core/documents/render/docx/fontTable';

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
    { timeout: 480_000, stdio: 'ignore', env: officeEnv(dir) },
  );
}

/**
 * The environment LibreOffice runs in: the .docx names the official faces (仿宋_GB2312, 方正小标宋简体…),
 * which this machine lacks, so a fontconfig file in `dir` stands the installed face of each role in
 * for its official name — as an office PC without them substitutes through the font table — and
 * LibreOffice measures with the same glyphs Chromium prints with (not its last resort, a sans face).
 */
export function officeEnv(dir: string): NodeJS.ProcessEnv {
  const plan = installedFonts();
  const rules = FONT_ROLES.map((role) => {
    const official = OFFICIAL_FONT_ENTRIES[role].name;
    const bold = / Bold$/.exec(plan[role].family);
    const family = bold ? plan[role].family.slice(0, bold.index) : plan[role].family;
    const weight = bold ? '<edit name="weight" mode="assign"><const>bold</const></edit>' : '';
    return (
      `<match target="pattern"><test name="family"><string>${official}</string></test>` +
      `<edit name="family" mode="assign" binding="same"><string>${family}</string></edit>${weight}</match>`
    );
  });
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd"><fontconfig>' +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include>${rules.join('')}</fontconfig>`,
  );
  return { ...process.env, FONTCONFIG_FILE: file };
}
