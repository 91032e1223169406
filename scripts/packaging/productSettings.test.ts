import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builderOverrides, buildsLinux, isRealMaintainer, productSettings } from './productSettings';

const file = JSON.parse(readFileSync(path.resolve(__dirname, '../../build/product.json'), 'utf8'));
const maintainer = 'IT 科 <it@rcb.haicheng.gov.cn>';

describe('the office details a build carries', () => {
  it('reads build/product.json, each value overridable from the environment', () => {
    expect(productSettings(file, {})).toEqual({
      maintainer: '',
      vendor: '海城市人才工作领导小组办公室',
      copyright: '© 海城市人才工作领导小组办公室',
    });
    expect(productSettings(file, { WORKBENCH_MAINTAINER: maintainer, WORKBENCH_VENDOR: '某市人才办' })).toMatchObject({
      maintainer,
      vendor: '某市人才办',
    });
  });

  it('refuses to build a .deb without a real maintainer, saying where to set one', () => {
    const result = builderOverrides(productSettings(file, {}), ['--linux', 'deb'], 'linux');
    expect(result).toEqual({ refusal: expect.stringContaining('build/product.json or WORKBENCH_MAINTAINER') });
    for (const placeholder of [
      'Talent Office Workbench <workbench@example.invalid>',
      'it@rcb.gov.cn',
      'IT <it@localhost>',
    ])
      expect(isRealMaintainer(placeholder), placeholder).toBe(false);
  });

  it("passes the details to electron-builder as its own -c overrides, with package.json's author for Windows", () => {
    const settings = productSettings(file, { WORKBENCH_MAINTAINER: maintainer });
    expect(builderOverrides(settings, ['--linux'], 'win32')).toEqual({
      overrides: [
        `-c.linux.maintainer=${maintainer}`,
        '-c.linux.vendor=海城市人才工作领导小组办公室',
        '-c.extraMetadata.author.name=海城市人才工作领导小组办公室',
        '-c.copyright=© 海城市人才工作领导小组办公室',
      ],
    });
  });

  it('builds a Windows installer without a maintainer (NSIS has none)', () => {
    expect(builderOverrides(productSettings(file, {}), ['--win', '--x64'], 'linux')).toHaveProperty('overrides');
  });

  it.each([
    [[], 'linux', true],
    [[], 'win32', false],
    [['--win'], 'linux', false],
    [['--linux', 'deb', '--arm64'], 'win32', true],
    [['-wl'], 'darwin', true],
    [['--mac'], 'linux', false],
  ] as const)('knows whether %j on %s builds Linux packages', (args, host, expected) => {
    expect(buildsLinux(args, host)).toBe(expected);
  });
});
