import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINUX_ICON_SIZES, WINDOWS_ICON_SIZES } from '../../scripts/packaging/iconSizes';
import { readIcoDirectory } from '../../scripts/packaging/ico';

/*
 * electron-builder.yml decides what ships: fuses, asar, targets, update checks. No yaml package
 * is a direct dependency; js-yaml comes with electron-builder (untyped, hence createRequire).
 */
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

const root = path.resolve(__dirname, '../..');
type Target = { target: string; arch: string[] };
type Section = Record<string, unknown> & { target?: Target[]; publish?: unknown };
type Config = Record<string, unknown> & {
  electronFuses: Section;
  nsis: Section;
  linux: Section;
  win: Section;
  deb?: Section;
  files: string[];
};
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
};
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Config;

const targets = (platform: 'win' | 'linux'): Target[] => config[platform]?.target ?? [];

describe('electron-builder.yml', () => {
  it('identifies the app', () => {
    expect(config.appId).toBe('cn.gov.haicheng.talentworkbench');
    expect(config.productName).toBe('人才工作台');
  });

  it('ships only the built renderer, the bundled main process and package.json, inside asar', () => {
    expect(config.files).toEqual(['dist/renderer/**', 'dist-electron/**', 'package.json']);
    expect(config.asar).toBe(true);
  });

  // electron-builder adds every production dependency to app.asar whatever `files` says; Vite and
  // esbuild have already bundled them, so any there would ship twice, unused.
  it('has no production dependency for electron-builder to copy into app.asar', async () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    // electron-builder 26's own collector (npm list --omit dev), as `npm run dist` runs it.
    const { getCollectorByPackageManager, PM } = require('app-builder-lib/out/node-module-collector') as {
      PM: { NPM: string };
      getCollectorByPackageManager(
        pm: string,
        dir: string,
        tmp: unknown,
      ): {
        getNodeModules(o: { packageName: string }): Promise<{ nodeModules: unknown[] }>;
      };
    };
    const { TmpDir } = require('temp-file') as { TmpDir: new (name: string) => { cleanup(): Promise<void> } };
    const tmp = new TmpDir('workbench-test');
    try {
      const collector = getCollectorByPackageManager(PM.NPM, root, tmp);
      expect((await collector.getNodeModules({ packageName: pkg.name })).nodeModules).toEqual([]);
    } finally {
      await tmp.cleanup();
    }
  });

  it("knows Electron's version from the installed package, with or without the downloaded runtime", async () => {
    const { getElectronVersion } = require('app-builder-lib/out/electron/electronVersion') as {
      getElectronVersion(dir: string, config: unknown): Promise<string>;
    };
    expect(await getElectronVersion(root, config)).toBe(pkg.devDependencies.electron.replace(/^\^/, ''));
  });

  it("gives every target the app's own icon in all the sizes it needs", async () => {
    const { convertIcon } = require('app-builder-lib/out/util/iconConverter') as {
      convertIcon(o: object): Promise<{ icons: Array<{ file: string; size: number }>; isFallback: boolean }>;
    };
    const resolve = async (source: string, format: 'ico' | 'set') => {
      const { icons, isFallback } = await convertIcon({
        sources: [source],
        fallbackSources: [],
        roots: [path.join(root, 'build'), root],
        format,
        outDir: path.join(root, '.cache', 'icon-check'),
      });
      expect(isFallback).toBe(false);
      return icons;
    };
    expect(await resolve(String(config.win.icon), 'ico')).toEqual([
      { file: path.join(root, 'build/icon.ico'), size: 256 },
    ]);
    const linux = await resolve(String(config.linux.icon), 'set');
    expect(linux.map((icon) => icon.size)).toEqual([...LINUX_ICON_SIZES]);
    for (const icon of linux) {
      const png = readFileSync(icon.file);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], icon.file).toEqual([icon.size, icon.size]);
    }
    const ico = readIcoDirectory(new Uint8Array(readFileSync(path.join(root, 'build/icon.ico'))));
    expect(ico.map((image) => image.size)).toEqual([...WINDOWS_ICON_SIZES]);
    for (const image of ico) expect([...image.bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });

  it('says truthfully where ASAR integrity is enforced: Windows and macOS, not Linux', () => {
    // docs/tutorial/asar-integrity.md (Electron 41): "supported on: macOS as of electron>=16.0.0,
    // Windows as of electron>=30.0.0".
    const yml = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/on Windows \(Electron >= 30\) and macOS only[\s\S]*NOT on Linux/);
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toMatch(
      /ASAR integrity[\s\S]{0,120}?enforced on Windows[\s\S]{0,40}?not on Linux/,
    );
  });

  it('sets every security fuse to its locked-down value', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('never publishes or checks for updates', () => {
    expect(config).toHaveProperty('publish', null);
    for (const platform of ['win', 'linux', 'nsis'] as const)
      expect(config[platform]?.publish ?? null, platform).toBeNull();
  });

  it('builds an assisted x64 NSIS installer that can install for all users in a chosen folder', () => {
    expect(targets('win')).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: true,
      allowToChangeInstallationDirectory: true,
    });
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('builds .deb for x64 and arm64 (what UOS and Kylin install), filed under Office, and no AppImage', () => {
    // An AppImage runs from a nosuid FUSE mount: no setuid chrome-sandbox, so where AppArmor limits
    // user namespaces (Ubuntu 23.10+) it cannot start with the sandbox on (README, Linux packages).
    expect(targets('linux')).toEqual([{ target: 'deb', arch: ['x64', 'arm64'] }]);
    expect(config.linux.category).toBe('Office');
  });

  it("never turns the sandbox off: no --no-sandbox anywhere, and the .deb keeps electron-builder's sandbox set-up", () => {
    expect(JSON.stringify(config)).not.toMatch(/no-sandbox/);
    expect(config.deb ?? {}).not.toHaveProperty('afterInstall');
    expect(config.deb ?? {}).not.toHaveProperty('appArmorProfile');
    // electron-builder 26's post-install script: setuid chrome-sandbox where user namespaces do not
    // work, and an AppArmor profile granting them (userns) where AppArmor would refuse.
    const afterInstall = readFileSync(require.resolve('app-builder-lib/templates/linux/after-install.tpl'), 'utf8');
    expect(afterInstall).toContain("chmod 4755 '/opt/${sanitizedProductName}/chrome-sandbox'");
    expect(afterInstall).toContain('apparmor_parser --replace');
    const profile = readFileSync(require.resolve('app-builder-lib/templates/linux/apparmor-profile.tpl'), 'utf8');
    expect(profile).toMatch(/^\s*userns,$/m);
  });

  it("carries no placeholder maintainer: the office's details are settings of the build", () => {
    expect(config.linux).not.toHaveProperty('maintainer');
    expect(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')).not.toMatch(/example\.invalid|PLACEHOLDER/);
  });

  it('uses only keys electron-builder knows, so a typo cannot silently drop a setting', () => {
    const scheme = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
    const known = (definition: string) => Object.keys(scheme.definitions[definition].properties);
    expect(Object.keys(scheme.properties)).toEqual(expect.arrayContaining(Object.keys(config)));
    expect(known('FuseOptionsV1')).toEqual(expect.arrayContaining(Object.keys(config.electronFuses)));
    expect(known('NsisOptions')).toEqual(expect.arrayContaining(Object.keys(config.nsis)));
    expect(known('LinuxConfiguration')).toEqual(expect.arrayContaining(Object.keys(config.linux)));
  });

  it("passes electron-builder's own configuration validation", async () => {
    // Internal module of electron-builder 26; if it moves, this test will say so loudly.
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });
});
