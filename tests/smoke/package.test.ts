import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundle, root } from './bundles';

/*
 * `npm run dist` for real, as far as this machine allows: electron-builder 26 packs the Linux app
 * (`--linux dir`: everything a .deb holds, before fpm wraps it) from a stand-in Electron runtime
 * (`-c.electronDist`), since the real one cannot be downloaded here. The stand-in carries
 * Electron's fuse wire (the sentinel @electron/fuses looks for), so the fuses are flipped for real.
 * What is checked is electron-builder's own output: app.asar, the fuse wire, locales, file names.
 */

const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as { listPackage(file: string, options: { isPack: boolean }): string[] };
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 41's fuse wire order (@electron/fuses FuseV1Options). */
const FUSES = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
];

let work: string;
let unpacked: string;

async function files(dir: string, base = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? files(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))],
    ),
  );
  return nested.flat();
}

beforeAll(async () => {
  readBundle('main.cjs');
  work = await mkdtemp(path.join(tmpdir(), 'workbench-package-'));
  const runtime = path.join(work, 'electron-dist');
  await mkdir(path.join(runtime, 'locales'), { recursive: true });
  // Every fuse at its unpacked default ('1' on, '0' off as shipped), the wire version 1.
  const binary = `#!/bin/sh\n${SENTINEL}\u0001\u0008${'01001010'}\n`;
  for (const name of ['electron', 'chrome-sandbox']) {
    await writeFile(path.join(runtime, name), binary);
    await chmod(path.join(runtime, name), 0o755);
  }
  for (const locale of ['zh-CN', 'en-US', 'fr', 'de'])
    await writeFile(path.join(runtime, 'locales', `${locale}.pak`), '');
  await writeFile(path.join(runtime, 'LICENSE'), 'MIT');
  await writeFile(path.join(runtime, 'version'), 'v41.7.1');
  const output = path.join(work, 'release');
  await promisify(execFile)(
    process.execPath,
    [
      'scripts/run-ts.mjs',
      'scripts/packaging/dist.ts',
      '--linux',
      'dir',
      '--x64',
      `-c.electronDist=${runtime}`,
      `-c.directories.output=${output}`,
    ],
    { cwd: root, env: { ...process.env, WORKBENCH_MAINTAINER: 'IT <it@rcb.haicheng.gov.cn>' } },
  );
  unpacked = path.join(output, 'linux-unpacked');
}, 180_000);

afterAll(() => rm(work, { recursive: true, force: true }));

describe('the Linux package electron-builder makes', () => {
  it('holds in app.asar the built bundles and package.json, and nothing else (no node_modules)', async () => {
    const packed = asar.listPackage(path.join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((entry) =>
      entry
        .replace(/^[\\/]/, '')
        .split(path.sep)
        .join('/'),
    );
    const built = [
      ...(await files(path.join(root, 'dist/renderer'))).map((f) => `dist/renderer/${f}`),
      ...(await files(path.join(root, 'dist-electron'))).map((f) => `dist-electron/${f}`),
      'package.json',
    ];
    // listPackage lists folders too: keep the entries nothing else lies under.
    const packedFiles = packed.filter((entry) => !packed.some((other) => other.startsWith(`${entry}/`)));
    expect(packedFiles.sort()).toEqual(built.sort());
    expect(packed.some((entry) => entry.includes('node_modules'))).toBe(false);
  });

  it('flips the fuses as electron-builder.yml says', async () => {
    const binary = await readFile(path.join(unpacked, 'talent-office-workbench'), 'latin1');
    const wire = binary.slice(binary.indexOf(SENTINEL) + SENTINEL.length + 2).slice(0, FUSES.length);
    const state = Object.fromEntries(FUSES.map((name, i) => [name, wire[i] === '1']));
    expect(state).toMatchObject({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('keeps only the Chinese and English locales, and names the executable in ASCII', async () => {
    expect((await readdir(path.join(unpacked, 'locales'))).sort()).toEqual(['en-US.pak', 'zh-CN.pak']);
    expect(await readdir(unpacked)).toContain('talent-office-workbench');
  });
});
