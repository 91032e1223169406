/*
 * `npm run icons`: renders build/icon.svg (the app's mark) into what the installers need, with
 * Debian's Chromium (Playwright), and writes them beside it:
 * - build/icons/<N>x<N>.png for Linux (electron-builder's icon set: the .deb installs each size
 *   into /usr/share/icons/hicolor; the names must carry the size);
 * - build/icon.ico for Windows (NSIS installer, the .exe and its shortcuts; at least 256x256).
 * The outputs are committed: packaging needs no browser. Re-run after changing the SVG.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { encodeIco } from './ico';
import { LINUX_ICON_SIZES, WINDOWS_ICON_SIZES } from './iconSizes';

// npm runs scripts from the project root (run-ts bundles this file into .cache/ first).
const root = process.cwd();
const build = path.join(root, 'build');

async function render(svg: string, sizes: readonly number[]): Promise<Map<number, Uint8Array>> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    const out = new Map<number, Uint8Array>();
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<body style="margin:0"><img width="${size}" height="${size}" src="${src}"></body>`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      out.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    }
    return out;
  } finally {
    await browser.close();
  }
}

const svg = await readFile(path.join(build, 'icon.svg'), 'utf8');
const pngs = await render(svg, [...new Set([...LINUX_ICON_SIZES, ...WINDOWS_ICON_SIZES])]);
await mkdir(path.join(build, 'icons'), { recursive: true });
for (const size of LINUX_ICON_SIZES) await writeFile(path.join(build, 'icons', `${size}x${size}.png`), pngs.get(size)!);
await writeFile(
  path.join(build, 'icon.ico'),
  encodeIco(WINDOWS_ICON_SIZES.map((size) => ({ size, png: pngs.get(size)! }))),
);
console.log(`build/icons: ${LINUX_ICON_SIZES.join(', ')} px; build/icon.ico: ${WINDOWS_ICON_SIZES.join(', ')} px`);
