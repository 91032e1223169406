import { describe, expect, it } from 'vitest';
import { freshDb, TEST_RESTORE } from '../../../tests/support/testDb';
import type { memoryHost } from '../../../tests/support/memoryHost';
import { getHost } from '../host';
import { staffRepo } from '../data/staffRepo';
import { unitsRepo } from '../../systems/registry/data/unitsRepo';
import { aUnit } from '../../../tests/support/builders';
import { provideQuitSnapshots } from './quitSnapshot';
import { restoreSnapshot } from './restore';
import { openAutoBackup } from './openAutoBackup';

const host = () => getHost() as ReturnType<typeof memoryHost>;

describe('snapshot for the quit backup', () => {
  it('gives the host a snapshot of every table when it asks on quit, even on the sign-in screen', async () => {
    const db = freshDb({ signedIn: false });
    await staffRepo.createFirstAdmin({ username: 'wangfang', displayName: '王芳', password: 'Haicheng#2026' });
    await unitsRepo.create(aUnit({ name: '海城市教育局' }));
    await staffRepo.signOut();
    provideQuitSnapshots();
    const snapshot = await host().provider!('quit');
    expect(snapshot?.meta).toMatchObject({ reason: 'quit', counts: { units: 1, staff: 1 } });

    await db.units.clear();
    const payload = await openAutoBackup(snapshot!.bytes, { username: 'wangfang', password: 'Haicheng#2026' });
    await restoreSnapshot(db, payload, TEST_RESTORE);
    expect((await db.units.toArray()).map((u) => u.name)).toEqual(['海城市教育局']);
  });

  it('has nothing to give when the database holds no account', async () => {
    freshDb({ signedIn: false });
    provideQuitSnapshots();
    expect(await host().provider!('quit')).toBeNull();
  });

  it('stops answering once unsubscribed', () => {
    freshDb({ signedIn: false });
    provideQuitSnapshots()();
    expect(host().provider).toBeNull();
  });
});
