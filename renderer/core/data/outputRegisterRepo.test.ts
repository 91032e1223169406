import { describe, expect, it, vi } from 'vitest';
import type { OutputRecord } from '../../../shared/core/audit/output';
import { freshDb } from '../../../tests/support/testDb';
import { outputRegisterRepo } from './outputRegisterRepo';
import { recordedOutput } from '../documents/output/recordedOutput';
import { setSession } from './session';
import { setStorageLevel } from './storageGuard';

const SLIP: OutputRecord = {
  kind: 'supervisionSlip',
  sourceEntity: 'documents',
  sourceId: 'doc-1',
  title: '督办通知单',
  number: '海人才督〔2026〕7号',
  secrecy: 'secret',
  format: 'print',
  copies: 1,
  target: 'Office_Laser',
};

describe('the print register', () => {
  it('registers who printed what, its 密级 and copies, once the host says it was printed', async () => {
    const db = freshDb();
    const printed = await recordedOutput('print', SLIP, async () => ({ status: 'printed' as const }));
    expect(printed.status).toBe('printed');
    const [line] = (await outputRegisterRepo.listPage()).rows;
    expect(line).toMatchObject({ ...SLIP, action: 'print', actorName: '王管理' });
    expect(await db.audit.where('entity').equals('output').count()).toBe(1);
  });

  it('registers nothing for a cancelled dialog, and keeps a saved file’s path as where it went', async () => {
    freshDb();
    await recordedOutput('export', { ...SLIP, format: 'pdf', copies: null, target: undefined }, async () => ({
      status: 'cancelled' as const,
    }));
    expect((await outputRegisterRepo.listPage()).rows).toEqual([]);
    await recordedOutput('export', { ...SLIP, format: 'pdf', copies: null, target: undefined }, async () => ({
      status: 'saved' as const,
      path: 'D:\\公文\\督办通知单.pdf',
    }));
    expect((await outputRegisterRepo.listPage()).rows[0]).toMatchObject({ target: 'D:\\公文\\督办通知单.pdf' });
  });

  it('prints nothing when the register cannot be written: signed out, or the disk below its critical level', async () => {
    freshDb();
    const work = vi.fn(async () => ({ status: 'printed' as const }));
    setStorageLevel('critical');
    try {
      await expect(recordedOutput('print', SLIP, work)).rejects.toMatchObject({ code: 'storage-full' });
    } finally {
      setStorageLevel('ok');
    }
    setSession(null);
    await expect(recordedOutput('print', SLIP, work)).rejects.toMatchObject({ code: 'not-signed-in' });
    expect(work).not.toHaveBeenCalled();
  });

  it('filters by 密级 and by local date, newest first, a page at a time', async () => {
    freshDb();
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const levels = ['public', 'secret', null, 'confidential', 'secret'] as const;
      for (const [i, secrecy] of levels.entries()) {
        vi.setSystemTime(new Date(2026, 5, 10 + i, 9, 0));
        await outputRegisterRepo.record('print', { ...SLIP, sourceId: `doc-${i}`, secrecy });
      }
    } finally {
      vi.useRealTimers();
    }
    const classified = await outputRegisterRepo.listPage({ secrecy: ['secret', 'confidential'] });
    expect(classified.rows.map((r) => r.sourceId)).toEqual(['doc-4', 'doc-3', 'doc-1']);
    const unmarked = await outputRegisterRepo.listPage({ secrecy: [null] });
    expect(unmarked.rows.map((r) => r.sourceId)).toEqual(['doc-2']);
    const june = await outputRegisterRepo.listAll({ from: '2026-06-11', to: '2026-06-13' });
    expect(june.map((r) => r.sourceId)).toEqual(['doc-3', 'doc-2', 'doc-1']);
    const first = await outputRegisterRepo.listPage({}, { limit: 2 });
    const second = await outputRegisterRepo.listPage({}, { limit: 2, before: first.nextBefore });
    expect([...first.rows, ...second.rows].map((r) => r.sourceId)).toEqual(['doc-4', 'doc-3', 'doc-2', 'doc-1']);
  });
});
