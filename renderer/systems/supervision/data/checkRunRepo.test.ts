import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../../shared/core/documents/render/html/renderHtml';
import { chineseDate } from '../../../../shared/core/documents/format';
import { buildDrawRecordDocument } from '../../../../shared/systems/supervision/documents/drawRecordDocument';
import { DEFAULT_OFFICE_SETTINGS } from '../../../../shared/core/office/office';
import { verifyDraw } from '../../../../shared/systems/supervision/randomDraw';
import { freshDb } from '../../../../tests/support/testDb';
import { approvedCheck, checkInput, supervisionRegistry } from '../../../../tests/support/supervisionFixtures';
import { checksRepo } from './checksRepo';
import { checkRunRepo } from './checkRunRepo';
import { checkFindingsRepo } from './checkFindingsRepo';
import { supervisionItemFlowRepo } from './supervisionItemFlowRepo';

const NOW = new Date('2026-05-06T09:00:00');
const randomPlan = {
  method: 'random' as const,
  drawPlan: { filter: { kinds: ['village' as const], townId: null }, mode: 'count' as const, value: 2 },
};

describe('random draw, stored to be re-run', () => {
  it('keeps seed, candidates, exclusions with reasons and result; re-running gives the same targets', async () => {
    const db = freshDb();
    const { villages } = await supervisionRegistry();
    const check = await approvedCheck(randomPlan, NOW);
    const drawn = await checkRunRepo.draw(
      check.id,
      {
        seed: 'fixed-seed-2026',
        exclusions: [{ unitId: villages[0].id, reason: '督查组成员曾在该村任职' }],
        filterText: '村（社区）',
      },
      NOW,
    );
    const stored = (await db.checks.get(check.id))!.draw!;
    expect(stored).toMatchObject({
      algorithm: 'draw-v1',
      seed: 'fixed-seed-2026',
      mode: 'count',
      value: 2,
      count: 2,
      drawnBy: '王管理',
    });
    expect(stored.candidates).toHaveLength(5);
    // A village is named with its town: a village's name alone may be two places.
    expect(stored.candidates.map((c) => c.name)).toContain('牛庄镇·东四方台村');
    const record = renderHtml(
      buildDrawRecordDocument({
        checkTitle: check.title,
        draw: stored,
        drawnOn: '2026-05-06',
        office: DEFAULT_OFFICE_SETTINGS,
        secrecy: 'internal',
      }),
    );
    expect(record).toContain('牛庄镇·大河村');
    expect(stored.exclusions).toEqual([{ unitId: villages[0].id, reason: '督查组成员曾在该村任职' }]);
    expect(stored.result).not.toContain(villages[0].id);
    expect(drawn.targetUnitIds).toEqual(stored.result);
    expect(verifyDraw(stored)).toBe(true);

    // The same seed over the same registry in another office's database draws the same villages.
    freshDb();
    await supervisionRegistry();
    const again = await approvedCheck(randomPlan, NOW);
    const rerun = await checkRunRepo.draw(
      again.id,
      { seed: 'fixed-seed-2026', exclusions: [], filterText: '村（社区）' },
      NOW,
    );
    expect(rerun.draw!.candidates.map((c) => c.name)).toEqual(stored.candidates.map((c) => c.name));
  });

  it('refuses to draw before the leader approves, twice, or with an exclusion lacking a reason', async () => {
    freshDb();
    const { villages } = await supervisionRegistry();
    const draft = await checksRepo.create(checkInput(randomPlan), NOW);
    await expect(checkRunRepo.draw(draft.id, { seed: 's', exclusions: [], filterText: '' }, NOW)).rejects.toMatchObject(
      { code: 'not-approved' },
    );
    const check = await approvedCheck(randomPlan, NOW);
    await expect(
      checkRunRepo.draw(
        check.id,
        { seed: 's', exclusions: [{ unitId: villages[1].id, reason: ' ' }], filterText: '' },
        NOW,
      ),
    ).rejects.toMatchObject({ code: 'validation', params: { field: 'draw', rule: 'exclusion-needs-reason' } });
    await checkRunRepo.draw(check.id, { seed: 's', exclusions: [], filterText: '' }, NOW);
    await expect(checkRunRepo.draw(check.id, { seed: 't', exclusions: [], filterText: '' }, NOW)).rejects.toMatchObject(
      { code: 'wrong-state', params: { rule: 'already-drawn' } },
    );
  });

  it('will not start a random check before its draw', async () => {
    freshDb();
    await supervisionRegistry();
    const check = await approvedCheck(randomPlan, NOW);
    await expect(checkRunRepo.start(check.id, NOW)).rejects.toMatchObject({ code: 'not-drawn' });
  });
});

describe('special notice (S2-4.2)', () => {
  it('issues the 专项通知 to the drawn targets in the office’s series, once', async () => {
    freshDb();
    await supervisionRegistry();
    const check = await approvedCheck(randomPlan, NOW);
    await expect(checkRunRepo.issueNotice(check.id, { prefix: '海人才办发' }, NOW)).rejects.toMatchObject({
      code: 'not-drawn',
    });
    const drawn = await checkRunRepo.draw(check.id, { seed: 'x', exclusions: [], filterText: '村（社区）' }, NOW);
    const notice = await checkRunRepo.issueNotice(check.id, { prefix: '海人才办发' }, NOW);
    expect(notice).toMatchObject({ kind: 'notice', number: '海人才办发〔2026〕1号' });
    // The notice names the villages as the registry does; the draw's record adds their town.
    const names = drawn.draw!.result.map((id) =>
      drawn
        .draw!.candidates.find((c) => c.unitId === id)!
        .name.split('·')
        .pop()!,
    );
    expect(notice.document.mainRecipients).toBe(`${names.join('、')}：`);
    await expect(checkRunRepo.issueNotice(check.id, { prefix: '海人才办发' }, NOW)).rejects.toMatchObject({
      code: 'wrong-state',
      params: { rule: 'notice-issued' },
    });
  });

  it('gives an unannounced check no notice, and nothing printed before the visit names target or date', async () => {
    const db = freshDb();
    const { villages, town } = await supervisionRegistry();
    const targets = [villages[2], town];
    const check = await checksRepo.create(
      checkInput({
        method: 'unannounced',
        title: `暗访${villages[2].name}`,
        content: `到${villages[2].name}暗访`,
        targetUnitIds: targets.map((t) => t.id),
        startOn: '2026-06-18',
        endOn: '2026-06-19',
        secrecy: 'secret',
      }),
      NOW,
    );
    await checksRepo.submit(check.id, NOW);
    await checksRepo.recordDecision(check.id, { decision: 'approved', by: '李强', on: '2026-05-06', remark: '' }, NOW);
    await expect(checkRunRepo.issueNotice(check.id, { prefix: '海人才办发' }, NOW)).rejects.toMatchObject({
      code: 'no-notice-unannounced',
    });
    await expect(checkRunRepo.draw(check.id, { seed: 'x', exclusions: [], filterText: '' }, NOW)).rejects.toMatchObject(
      { code: 'wrong-state' },
    );
    // Every document the app has produced for it: the register holds all it can print or export.
    const documents = await db.documents.toArray();
    expect(documents.map((d) => d.kind)).toEqual(['approvalSlip']);
    const secrets = [
      ...targets.flatMap((t) => [t.name, t.shortName, t.partyOrgName].filter(Boolean)),
      '2026-06-18',
      '2026-06-19',
      chineseDate('2026-06-18'),
      '6月18日',
      '6月19日',
      check.title,
    ];
    for (const doc of documents) {
      const printed = renderHtml(doc.document) + JSON.stringify(doc);
      for (const secret of secrets) expect(printed, secret).not.toContain(secret);
    }
  });
});

describe('on-site findings and supervision slips', () => {
  it('records per target what was seen (visit, inspection, discussion) and a rating (S2-4.3)', async () => {
    freshDb();
    const { town, zone } = await supervisionRegistry();
    const check = await approvedCheck({ targetUnitIds: [town.id, zone.id] }, NOW);
    await expect(
      checkFindingsRepo.add(check.id, {
        unitId: town.id,
        visitedOn: '2026-05-13',
        methods: ['visit'],
        observed: '看了',
        rating: 'good',
      }),
    ).rejects.toMatchObject({ code: 'wrong-state', params: { rule: 'check-not-underway' } });
    await checkRunRepo.start(check.id, NOW);
    await checkFindingsRepo.add(check.id, {
      unitId: town.id,
      visitedOn: '2026-05-13',
      methods: ['visit', 'inspection', 'discussion'],
      observed: '走访企业三家，察看人才驿站，与镇党委座谈。',
      rating: 'fairlyGood',
      goodPractice: '建立返乡人才信息库',
    });
    await checkFindingsRepo.add(check.id, {
      unitId: zone.id,
      visitedOn: '2026-05-14',
      methods: ['inspection'],
      observed: '察看园区人才公寓。',
      rating: 'good',
    });
    await expect(
      checkFindingsRepo.add(check.id, {
        unitId: 'elsewhere',
        visitedOn: '2026-05-14',
        methods: ['visit'],
        observed: 'x',
        rating: 'good',
      }),
    ).rejects.toMatchObject({ params: { rule: 'not-a-target' } });
    const findings = await checkFindingsRepo.listForCheck(check.id);
    expect(findings.map((f) => [f.unitId, f.methods, f.rating])).toEqual([
      [town.id, ['visit', 'inspection', 'discussion'], 'fairlyGood'],
      [zone.id, ['inspection'], 'good'],
    ]);
  });

  it('turns each unfinished matter into an item with a numbered 督办通知单 and its deadlines (S2-4.4)', async () => {
    const db = freshDb();
    const { town } = await supervisionRegistry();
    const check = await approvedCheck({ targetUnitIds: [town.id] }, NOW);
    await checkRunRepo.start(check.id, NOW);
    const finding = await checkFindingsRepo.add(check.id, {
      unitId: town.id,
      visitedOn: '2026-05-13',
      methods: ['visit'],
      observed: '人才驿站未建成。',
      rating: 'fair',
      matters: [
        { matter: '人才驿站未建成', requirement: '6月底前建成并投入使用', dueOn: '2026-06-30', replyBy: '2026-06-25' },
        { matter: '返乡人才信息库未建立', requirement: '建立并报送', dueOn: '2026-06-15', replyBy: '2026-06-15' },
      ],
    });
    const items = await db.supervisionItems.bulkGet(finding.itemIds);
    expect(items.map((i) => [i?.source, i?.checkId, i?.findingId, i?.unitId, i?.status, i?.category])).toEqual([
      ['check', check.id, finding.id, town.id, 'open', 'recruitment'],
      ['check', check.id, finding.id, town.id, 'open', 'recruitment'],
    ]);
    const first = await supervisionItemFlowRepo.issueSlip(finding.itemIds[0], NOW);
    const second = await supervisionItemFlowRepo.issueSlip(finding.itemIds[1], NOW);
    expect([first.number, second.number]).toEqual(['海人才督〔2026〕1号', '海人才督〔2026〕2号']);
    const rows = Object.fromEntries(first.document.form!.rows.map((r) => [r.label, r.value]));
    expect(rows).toMatchObject({
      督办对象: '中共海城市牛庄镇委员会',
      督办事项: '人才驿站未建成',
      督办要求: '6月底前建成并投入使用',
      办结时限: '2026年6月30日',
      反馈时限: '2026年6月25日',
    });
    expect((await db.supervisionItems.get(finding.itemIds[0]))?.slipNumber).toBe('海人才督〔2026〕1号');
    await expect(supervisionItemFlowRepo.issueSlip(finding.itemIds[0], NOW)).rejects.toMatchObject({
      params: { rule: 'slip-issued' },
    });
  });
});
