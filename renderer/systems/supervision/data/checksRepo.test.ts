import { describe, expect, it } from 'vitest';
import { CONTENT_CATEGORIES } from '../../../../shared/systems/supervision/item';
import { verifyDraw } from '../../../../shared/systems/supervision/randomDraw';
import { freshDb } from '../../../../tests/support/testDb';
import {
  checkInput as input,
  supervisionRegistry as registry,
  APPROVED as approve,
} from '../../../../tests/support/supervisionFixtures';
import { checksRepo } from './checksRepo';
import { checkRunRepo } from './checkRunRepo';

const NOW = new Date('2026-05-06T09:00:00');

describe('checks: targets and content', () => {
  it('targets member units’ party committees from the registry (S2-1.1)', async () => {
    freshDb();
    const { member } = await registry();
    expect((await checksRepo.create(input({ targetUnitIds: [member.id] }))).targetUnitIds).toEqual([member.id]);
  });

  it('targets towns, subdistricts and development zones from the registry (S2-1.2)', async () => {
    freshDb();
    const { town, zone } = await registry();
    expect((await checksRepo.create(input({ targetUnitIds: [town.id, zone.id] }))).targetUnitIds).toEqual([
      town.id,
      zone.id,
    ]);
  });

  it('targets village and community party organisations, drawn from a town’s villages (S2-1.3)', async () => {
    freshDb();
    const { town, villages } = await registry();
    const candidates = await checkRunRepo.candidates({ kinds: ['village'], townId: town.id });
    expect(candidates.map((c) => c.unitId).sort()).toEqual(villages.map((v) => v.id).sort());
  });

  it('refuses a target that is not in the registry and keeps nothing', async () => {
    const db = freshDb();
    await expect(checksRepo.create(input({ targetUnitIds: ['nobody'] }))).rejects.toMatchObject({
      code: 'validation',
      params: { rule: 'unknown-unit' },
    });
    expect(await db.checks.count()).toBe(0);
  });

  it.each([
    ['a check can cover category 1, higher-level deployments and talent policies carried out (S2-2.1)', 0],
    ['a check can cover category 2, annual work points, task lists and performance indicators (S2-2.2)', 1],
    ['a check can cover category 3, city leaders’ instructions and assigned matters (S2-2.3)', 2],
    ['a check can cover category 4, major talent events and projects (S2-2.4)', 3],
    ['a check can cover category 5, towns’ and zones’ own talent work (S2-2.5)', 4],
    ['a check can cover category 6, member units’ own talent work (S2-2.6)', 5],
    ['a check can cover category 7, deputies’ bills and members’ proposals handled (S2-2.7)', 6],
    ['a check can cover category 8, party organisations driving recruitment (S2-2.8)', 7],
    ['a check can cover category 9, other matters (S2-2.9)', 8],
  ])('%s', async (_name, index) => {
    const db = freshDb();
    const { town } = await registry();
    const category = CONTENT_CATEGORIES[index];
    const check = await checksRepo.create(input({ title: '人才工作督查', category, targetUnitIds: [town.id] }));
    await checksRepo.submit(check.id, NOW);
    expect((await db.checks.get(check.id))?.category).toBe(category);
    // The category is put to the leader in the seed's words on the 呈批单.
    const slip = (await db.documents.toArray())[0].document;
    const { CATEGORY_SHORT } = await import('../../../../shared/systems/supervision/documents/terms');
    expect(slip.form?.rows.find((r) => r.label === '拟办意见')?.value).toContain(CATEGORY_SHORT[category]);
  });

  it('defines a check by content, targets, time and method; a delegated one names its agent (S2-4.1)', async () => {
    freshDb();
    const { town } = await registry();
    await expect(checksRepo.create(input({ method: 'thirdParty', targetUnitIds: [town.id] }))).rejects.toMatchObject({
      params: { field: 'thirdPartyName', rule: 'third-party-needs-name' },
    });
    await expect(
      checksRepo.create(input({ targetUnitIds: [town.id], startOn: '2026-05-20', endOn: '2026-05-12' })),
    ).rejects.toMatchObject({ params: { field: 'endOn', rule: 'end-before-start' } });
    const check = await checksRepo.create(
      input({ method: 'thirdParty', thirdPartyName: '辽宁某某评估咨询有限公司', targetUnitIds: [town.id] }),
    );
    expect(check).toMatchObject({
      method: 'thirdParty',
      thirdPartyName: '辽宁某某评估咨询有限公司',
      startOn: '2026-05-12',
      endOn: '2026-05-20',
      status: 'draft',
      year: 2026,
    });
  });

  it('offers the four methods: unannounced, research, random with a draw, and third party (S2-3.2)', async () => {
    freshDb();
    const { town, villages } = await registry();
    for (const method of ['unannounced', 'research'] as const)
      expect((await checksRepo.create(input({ method, targetUnitIds: [town.id] }))).method).toBe(method);
    expect(
      (await checksRepo.create(input({ method: 'thirdParty', thirdPartyName: '第三方', targetUnitIds: [town.id] })))
        .method,
    ).toBe('thirdParty');
    const random = await checksRepo.create(
      input({ method: 'random', drawPlan: { filter: { kinds: ['village'], townId: null }, mode: 'count', value: 2 } }),
    );
    await checksRepo.submit(random.id, NOW);
    await checksRepo.recordDecision(random.id, approve, NOW);
    const drawn = await checkRunRepo.draw(random.id, { seed: 'abc', exclusions: [], filterText: '村（社区）' }, NOW);
    expect(drawn.targetUnitIds).toHaveLength(2);
    expect(villages.map((v) => v.id)).toEqual(expect.arrayContaining(drawn.targetUnitIds));
    expect(verifyDraw(drawn.draw!)).toBe(true);
  });
});

describe('checks: the leader’s sign-off comes first (S2-5.1)', () => {
  it('refuses to start a check the leader has not approved, and says why', async () => {
    const db = freshDb();
    const { town } = await registry();
    const check = await checksRepo.create(input({ targetUnitIds: [town.id] }));
    await expect(checkRunRepo.start(check.id, NOW)).rejects.toMatchObject({ code: 'not-approved' });
    await checksRepo.submit(check.id, NOW);
    await expect(checkRunRepo.start(check.id, NOW)).rejects.toMatchObject({ code: 'not-approved' });
    expect((await db.checks.get(check.id))?.status).toBe('submitted');
    await checksRepo.recordDecision(check.id, approve, NOW);
    expect((await checkRunRepo.start(check.id, NOW)).status).toBe('underway');
  });

  it('prints the 呈批单 in the approval series and keeps the decision as written', async () => {
    const db = freshDb();
    const { town } = await registry();
    const check = await checksRepo.create(input({ targetUnitIds: [town.id] }));
    const slip = await checksRepo.submit(check.id, NOW);
    expect(slip).toMatchObject({
      kind: 'approvalSlip',
      number: '海人才办呈〔2026〕1号',
      sourceId: `checks:${check.id}`,
    });
    const approved = await checksRepo.recordDecision(check.id, approve, NOW);
    expect(approved.decision).toMatchObject({
      decision: 'approved',
      by: '李强',
      on: '2026-05-07',
      recordedBy: '王管理',
      slipDocumentId: slip.id,
    });
    expect((await db.checks.get(check.id))?.approvalSlipNumber).toBe('海人才办呈〔2026〕1号');
  });

  it('sends a returned check back to draft for changes, and keeps a rejected one from ever running', async () => {
    freshDb();
    const { town } = await registry();
    const returned = await checksRepo.create(input({ targetUnitIds: [town.id] }));
    await checksRepo.submit(returned.id, NOW);
    await checksRepo.recordDecision(
      returned.id,
      { decision: 'returned', by: '李强', on: '2026-05-07', remark: '增加开发区' },
      NOW,
    );
    expect((await checksRepo.update(returned.id, input({ title: '改后', targetUnitIds: [town.id] }))).title).toBe(
      '改后',
    );
    const rejected = await checksRepo.create(input({ targetUnitIds: [town.id] }));
    await checksRepo.submit(rejected.id, NOW);
    await checksRepo.recordDecision(
      rejected.id,
      { decision: 'rejected', by: '李强', on: '2026-05-07', remark: '暂缓' },
      NOW,
    );
    await expect(checkRunRepo.start(rejected.id, NOW)).rejects.toMatchObject({ code: 'not-approved' });
    await expect(checksRepo.update(rejected.id, input({ targetUnitIds: [town.id] }))).rejects.toMatchObject({
      code: 'wrong-state',
      params: { rule: 'check-not-draft' },
    });
  });
});
