import { describe, expect, it } from 'vitest';
import { dataFileName, freeDataFileName, isDataFileName, sidecarName } from './backupNames';

const morning = new Date(2025, 0, 2, 3, 4, 5, 6);

describe('backup file names', () => {
  it('dates a backup by local time, zero-padded, with its reason', () => {
    expect(dataFileName(morning, 'before-upgrade')).toBe('backup-20250102-030405-006-before-upgrade.twb');
  });

  it('names the sidecar after its data file', () => {
    expect(sidecarName('backup-20250102-030405-006-quit.twb')).toBe('backup-20250102-030405-006-quit.json');
  });

  it.each([
    ['backup-20250102-030405-006-quit.twb', true],
    ['backup-20250102-030405-006-quit.json', false],
    ['.backup-20250102-030405-006-quit.twb.0a1b2c3d4e5f.tmp', false],
    ['backup-20250102-030405-006-whenever.twb', false],
    ['backup-2025012-030405-006-quit.twb', false],
    ['my-backup.twb', false],
  ])('recognises %s as a data file: %s', (name, expected) => {
    expect(isDataFileName(name)).toBe(expected);
  });

  it('moves on a millisecond when the name or its orphan sidecar is taken', () => {
    const taken = new Set(['backup-20250102-030405-006-idle.twb', 'backup-20250102-030405-007-idle.json']);
    expect(freeDataFileName(morning, 'idle', taken)).toBe('backup-20250102-030405-008-idle.twb');
  });

  it('gives up rather than loop when a thousand names in a row are taken', () => {
    const taken = new Set(
      Array.from({ length: 1000 }, (_, i) => dataFileName(new Date(morning.getTime() + i), 'idle')),
    );
    expect(freeDataFileName(morning, 'idle', taken)).toBeNull();
  });
});
