import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { webHostPaths } from './config';

describe('web host folders', () => {
  it("keeps backups in the user's home by default, watching that folder's disk", () => {
    const backupDir = path.join('/home/wang', '.talent-office-workbench', 'web-backups');
    expect(webHostPaths({}, '/home/wang')).toEqual({ backupDir, storageDirs: [backupDir] });
  });

  it('moves the backup folder with WORKBENCH_BACKUP_DIR and also watches WORKBENCH_PROFILE_DIR', () => {
    expect(
      webHostPaths({ WORKBENCH_BACKUP_DIR: '/mnt/usb/backups', WORKBENCH_PROFILE_DIR: '/data/chromium' }, '/home/wang'),
    ).toEqual({
      backupDir: '/mnt/usb/backups',
      storageDirs: ['/mnt/usb/backups', '/data/chromium'],
    });
  });
});
