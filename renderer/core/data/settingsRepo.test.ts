import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/support/testDb';
import { DEFAULT_OFFICE_SETTINGS, officeSettingsSchema } from '../../../shared/core/office/office';
import { settingsRepo, putSetting } from './settingsRepo';
import { setSession } from './session';
import { supervisionSettingsRepo } from '../../systems/supervision/data/supervisionSettingsRepo';

const STAFF = { staffId: 'staff-2', username: 'li', displayName: '李强', isAdmin: false };

describe('administrator-only settings', () => {
  it("refuses a staff account the office's identity and document-number prefixes, and keeps them as they were", async () => {
    const db = freshDb();
    setSession(STAFF);
    const renamed = { ...DEFAULT_OFFICE_SETTINGS, officeName: '冒名办公室', documentPrefixes: ['假人才发'] };
    await expect(settingsRepo.saveOffice(renamed)).rejects.toMatchObject({ code: 'admin-only' });
    // Not through the generic setter either.
    await expect(putSetting('office', officeSettingsSchema, renamed)).rejects.toMatchObject({ code: 'admin-only' });
    expect(await settingsRepo.office()).toEqual(DEFAULT_OFFICE_SETTINGS);
    expect(await db.audit.count()).toBe(0);
  });

  it('refuses a staff account the idle lock and the backup policy', async () => {
    const db = freshDb();
    setSession(STAFF);
    await expect(settingsRepo.saveSecurity({ idleLockMinutes: 240 })).rejects.toMatchObject({ code: 'admin-only' });
    await expect(settingsRepo.saveBackupRetention({ keepLast: 1, keepDaily: 0 })).rejects.toMatchObject({
      code: 'admin-only',
    });
    expect((await settingsRepo.security()).idleLockMinutes).toBe(10);
    expect(await db.settings.count()).toBe(0);
  });

  it('lets an administrator change them, audited, and a staff account keep the supervision thresholds', async () => {
    const db = freshDb();
    await settingsRepo.saveOffice({ ...DEFAULT_OFFICE_SETTINGS, documentPrefixes: ['海人才发', '海人才函'] });
    await settingsRepo.saveSecurity({ idleLockMinutes: 5 });
    expect((await settingsRepo.office()).documentPrefixes).toEqual(['海人才发', '海人才函']);
    setSession(STAFF);
    const deadlines = await supervisionSettingsRepo.deadlines();
    await supervisionSettingsRepo.saveDeadlines(deadlines);
    expect((await db.audit.toArray()).map((a) => [a.actorName, a.entityId])).toEqual([
      ['王管理', 'office'],
      ['王管理', 'security'],
      ['李强', 'supervision.deadlines'],
    ]);
  });
});
