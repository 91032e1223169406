import { describe, expect, it } from 'vitest';
import { appInfoSchema } from '../../../shared/core/bridge/schemas';
import { appInfo } from './appInfo';

describe('appInfo', () => {
  it('reports the packaged name and version as the electron host', async () => {
    const info = await appInfo({
      app: { getName: () => 'Talent Office Workbench', getVersion: () => '0.1.0' },
      platform: 'win32',
    });
    expect(info).toEqual({ name: 'Talent Office Workbench', version: '0.1.0', host: 'electron', platform: 'win32' });
    expect(appInfoSchema.parse(info)).toEqual(info);
  });
});

describe('appInfo for the About screen', () => {
  it('says where the records and the backups live, and which Electron, Chromium and Node run it', async () => {
    const info = await appInfo({
      app: { getName: () => 'Talent Office Workbench', getVersion: () => '0.1.0' },
      platform: 'linux',
      paths: {
        data: '/home/a/.config/Talent Office Workbench',
        backups: '/home/a/.config/Talent Office Workbench-backups',
      },
      versions: { electron: '41.7.1', chrome: '146.0.7680.188', node: '24.11.1', v8: '14.6' },
    });
    expect(info).toMatchObject({
      dataDir: '/home/a/.config/Talent Office Workbench',
      backupDir: '/home/a/.config/Talent Office Workbench-backups',
      runtime: { electron: '41.7.1', chrome: '146.0.7680.188', node: '24.11.1' },
    });
    expect(info.runtime).not.toHaveProperty('v8');
    expect(appInfoSchema.parse(info)).toEqual(info);
  });
});
