// `npm run docs:samples -- --out DIR`: every template, filled from the sample data, and the 2021 regulation
// (seed-2021-2) as <name>.docx (Word renderer) and <name>.pdf (Chromium printing the HTML renderer).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { renderDocx } from '../shared/core/documents/render/docx/renderDocx';
import type { OfficialDocument } from '../shared/core/documents/model';
import { printPlaced } from './printPlaced';
import { seedDocument } from '../tests/fixtures/seedDocument';
import { installedFonts } from '../tests/support/libreOffice';
import { generateSampleDocuments } from './sampleDocuments';

async function main(): Promise<void> {
  const i = process.argv.indexOf('--out');
  const out = resolve(i > 0 ? process.argv[i + 1] : 'docs-samples');
  mkdirSync(out, { recursive: true });
  // The faces as print gets them, the 小标宋 role's local() face (Noto Serif CJK SC Bold) included.
  const fonts = installedFonts();
  // The samples, and the 2021 regulation (海人才发〔2021〕2号) as composed in the app.
  const docs: Record<string, OfficialDocument> = {
    ...generateSampleDocuments({ now: new Date() }),
    'seed-2021-2': seedDocument(),
  };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    for (const [name, doc] of Object.entries(docs)) {
      writeFileSync(join(out, `${name}.docx`), await renderDocx(doc, fonts));
      writeFileSync(join(out, `${name}.pdf`), await printPlaced(page, doc, fonts));
      console.log(`${name}: ${name}.docx, ${name}.pdf`);
    }
  } finally {
    await browser.close();
  }
  console.log(`Samples written to ${out}`);
}

await main();
