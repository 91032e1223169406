import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

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
  files: string[];
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

  it('builds deb and AppImage for x64 and arm64, filed under Office', () => {
    expect(targets('linux')).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ]);
    expect(config.linux.category).toBe('Office');
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
