import { describe, expect, it } from 'vitest';
import {
  CLAIM_HEADER_ALIASES,
  CLAIM_HEADERS,
  planClaimImport,
  TEMPLATE_EXAMPLE,
} from '../../../../shared/systems/incentives/claimImport';
import { MAX_EVIDENCE_BYTES } from '../../../../shared/systems/incentives/lines';
import { anArticle, aPerson, aResult, aTalk, aTrainee } from '../../../../tests/support/incentivesBuilders';
import { claimInput, incentivesRegistry, NOW, roundInput } from '../../../../tests/support/incentivesFixtures';
import { freshDb } from '../../../../tests/support/testDb';
import { claimImportRepo } from './claimImportRepo';
import { claimsRepo } from './claimsRepo';
import { evidenceRepo } from './evidenceRepo';
import { reviewRepo } from './reviewRepo';
import { roundsRepo } from './roundsRepo';

const file = (size: number, name = '证明.pdf') => ({ name, type: 'application/pdf', bytes: new Uint8Array(size) });

describe('applications (S3-3.1)', () => {
  it('takes a unit’s application with its declaration and a line per person, talk, article or result, each with evidence', async () => {
    const db = freshDb();
    const { town } = await incentivesRegistry();
    const round = await roundsRepo.create(roundInput(), NOW);
    const claim = await claimsRepo.create(
      claimInput(round.id, town.id, [aPerson(), aTrainee(), aTalk(), anArticle(), aResult()], {
        kinds: ['talentResults', 'mediaCoverage'],
      }),
      NOW,
    );
    expect(claim).toMatchObject({ status: 'received', year: 2026, declaration: { signedBy: '李明' } });
    expect(claim.lines.map((l) => l.rule)).toEqual([1, 2, 3, 4, 5]);
    const line = await evidenceRepo.add(
      claim.id,
      claim.lines[0].id,
      [file(1000, '劳动合同.pdf'), file(2000, '学位证.jpg')],
      NOW,
    );
    expect(line.evidence.map((e) => e.name)).toEqual(['劳动合同.pdf', '学位证.jpg']);
    expect(await db.attachments.where('[ownerType+ownerId]').equals(['bonusClaims', claim.id]).count()).toBe(2);
    expect((await claimsRepo.listAwaitingReview()).map((c) => c.id)).toEqual([claim.id]);
  });

  it('refuses an evidence file over the limit and keeps none of the files sent with it', async () => {
    const db = freshDb();
    const { town } = await incentivesRegistry();
    const round = await roundsRepo.create(roundInput(), NOW);
    const claim = await claimsRepo.create(claimInput(round.id, town.id, [aPerson()]), NOW);
    await expect(
      evidenceRepo.add(claim.id, claim.lines[0].id, [file(10), file(MAX_EVIDENCE_BYTES + 1, '视频.mp4')], NOW),
    ).rejects.toMatchObject({ code: 'attachment-too-large', params: { name: '视频.mp4' } });
    expect(await db.attachments.count()).toBe(0);
    expect((await claimsRepo.get(claim.id))?.lines[0].evidence).toEqual([]);
  });

  it('takes an application only inside the round’s window, once per unit and round, and never dated ahead', async () => {
    const db = freshDb();
    const { town } = await incentivesRegistry();
    const round = await roundsRepo.create(roundInput({ opensOn: '2026-12-01', closesOn: '2026-12-08' }), NOW);
    await expect(
      claimsRepo.create(claimInput(round.id, town.id, [], { receivedOn: '2026-12-09' }), NOW),
    ).rejects.toMatchObject({
      code: 'validation',
      params: { field: 'incentives.fields.receivedOn', rule: 'incentives.rules.outside-window' },
    });
    await expect(
      claimsRepo.create(claimInput(round.id, town.id, [], { receivedOn: '2026-12-11' }), new Date('2026-12-07T09:00')),
    ).rejects.toMatchObject({ params: { rule: 'date-in-future' } });
    await claimsRepo.create(claimInput(round.id, town.id, []), NOW);
    await expect(claimsRepo.create(claimInput(round.id, town.id, []), NOW)).rejects.toMatchObject({
      code: 'not-allowed',
      params: { reason: 'incentives.rules.claim-exists' },
    });
    await expect(claimsRepo.create(claimInput(round.id, 'nobody', []), NOW)).rejects.toMatchObject({
      params: { rule: 'unknown-unit' },
    });
    expect(await db.table('bonusClaims').count()).toBe(1);
  });

  it('lets a changed line lose its review, so what is reviewed is what was claimed', async () => {
    freshDb();
    const { town } = await incentivesRegistry();
    const round = await roundsRepo.create(roundInput(), NOW);
    const claim = await claimsRepo.create(claimInput(round.id, town.id, [anArticle()]), NOW);
    const lineId = claim.lines[0].id;
    await reviewRepo.reviewLine(claim.id, lineId, { decision: 'accepted' }, NOW);
    const changed = await claimsRepo.updateLine(claim.id, lineId, anArticle({ outlet: '辽宁日报' }), NOW);
    expect(changed.lines[0]).toMatchObject({ outlet: '辽宁日报' });
    expect(changed.lines[0].review).toBeUndefined();
  });
});

describe('importing applications from the template', () => {
  const headers = CLAIM_HEADERS.map((h) => CLAIM_HEADER_ALIASES[h][0]);
  const rows = (cells: readonly (readonly string[])[]) =>
    cells.map((c) => Object.fromEntries(headers.map((h, i) => [h, c[i] ?? ''])));

  it('writes every application of the sheet, or none when one cannot enter the round', async () => {
    const db = freshDb();
    const { town, member } = await incentivesRegistry();
    const round = await roundsRepo.create(roundInput(), NOW);
    const names = new Map([
      ['牛庄镇', town.id],
      ['海城市教育局', member.id],
    ]);
    const sheet = [
      ...TEMPLATE_EXAMPLE,
      [
        '海城市教育局',
        '2026-12-05',
        '王刚',
        '',
        '培养名师',
        '2',
        '李娜',
        '海城高中',
        '副高',
        '是',
        '',
        '',
        '',
        '',
        '2026-05-01',
      ],
    ];
    const plan = planClaimImport(rows(sheet.map((r) => r.map((c) => (c === '2026-11-10' ? '2026-12-05' : c)))), names);
    expect(plan.bad).toEqual([]);
    await claimsRepo.create(claimInput(round.id, member.id, []), NOW);
    await expect(claimImportRepo.importClaims(round.id, plan.good, NOW)).rejects.toMatchObject({
      code: 'import-row-invalid',
      params: { row: 6, rule: 'incentives.rules.claim-exists' },
    });
    expect(await db.table('bonusClaims').count()).toBe(1);
    expect(await claimImportRepo.importClaims(round.id, plan.good.slice(0, 1), NOW)).toBe(1);
    const imported = (await claimsRepo.listRound(round.id)).find((c) => c.unitId === town.id);
    expect(imported?.lines).toHaveLength(4);
  });
});
