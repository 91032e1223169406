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
