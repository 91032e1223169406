import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../../tests/support/testDb';
import { supervisionRegistry } from '../../../../tests/support/supervisionFixtures';
import { en, zhCN } from '../../../../tests/support/texts';
import type { OfficialDocument } from '../../../../shared/core/documents/model';
import { errorText } from '../../../core/ui/useErrorText';
import { supervisionExtensionsRepo } from './supervisionExtensionsRepo';
import { supervisionItemCorrectionsRepo } from './supervisionItemCorrectionsRepo';
import { supervisionItemFlowRepo } from './supervisionItemFlowRepo';
import { supervisionItemsCreateRepo } from './supervisionItemsCreateRepo';

const on = (date: string) => new Date(`${date}T09:00:00`);
const instruction = (unitIds: string[]) => ({
  by: '张书记',
  on: '2026-05-02',
  ref: '市委领导批示',
  category: 'leaderInstructions' as const,
  matter: '建成人才驿站',
  requirement: '',
  unitIds,
  dueOn: '2026-05-31',
  replyBy: '2026-05-31',
  secrecy: 'internal' as const,
});
const change = { matter: '建成镇级人才驿站', requirement: '', category: 'leaderInstructions' as const };
const remark = (doc: OfficialDocument | undefined) => doc?.form?.rows.find((r) => r.label === '备注')?.value;

async function issuedItem() {
  const { town } = await supervisionRegistry();
  const [item] = await supervisionItemsCreateRepo.createInstruction(instruction([town.id]), on('2026-05-02'));
  const first = await supervisionItemFlowRepo.issueSlip(item.id, on('2026-05-02'));
  return { item, first };
}

describe('a reissued 督办通知单', () => {
  it('names the slip it replaces when a correction reissues it, and the first slip says nothing of it', async () => {
    freshDb();
    const { item, first } = await issuedItem();
    const { reissued } = await supervisionItemCorrectionsRepo.correct(
      item.id,
      { ...change, voidReason: '督办事项表述有误' },
      on('2026-05-03'),
    );
    expect(remark(reissued?.document)).toBe(`代替${first.number}（作废）`);
    expect(remark(first.document)).toBeUndefined();
  });

  it('names the slip it replaces when a granted extension reissues it with the new deadline', async () => {
    const db = freshDb();
    const { item, first } = await issuedItem();
    const request = { requestedOn: '2026-05-25', requestedBy: '李明', reason: '场地待定' };
    await supervisionExtensionsRepo.request(
      item.id,
      { ...request, newDueOn: '2026-06-30', newReplyBy: '2026-06-30' },
      on('2026-05-25'),
    );
    await supervisionExtensionsRepo.issueSlip(item.id, on('2026-05-26'));
    const decision = { decision: 'approved' as const, by: '李强', on: '2026-05-27', remark: '' };
    await supervisionExtensionsRepo.decide(item.id, decision, on('2026-05-27'));
    const stored = (await db.supervisionItems.get(item.id))!;
    const slip = await db.documents.get(stored.slipDocumentId!);
    expect(slip?.number).not.toBe(first.number);
    expect(remark(slip?.document)).toBe(`代替${first.number}（作废）`);
  });

  it('is refused once the deadline on the issued slip has passed, pointing to 延期, and the slip stands', async () => {
    const db = freshDb();
    const { item, first } = await issuedItem();
    const late = supervisionItemCorrectionsRepo.correct(
      item.id,
      { ...change, voidReason: '表述有误' },
      on('2026-06-01'),
    );
    await expect(late).rejects.toMatchObject({
      code: 'not-allowed',
      params: { reason: 'supervision.correct.deadlinePassed', dueOn: '2026-05-31' },
    });
    if (!i18next.isInitialized)
      await i18next.init({
        resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
        lng: 'zh-CN',
        interpolation: { escapeValue: false },
      });
    const error = await late.catch((e: unknown) => e);
    expect(errorText(i18next.getFixedT('zh-CN'), error)).toContain('办结时限 2026-05-31 已过');
    expect(errorText(i18next.getFixedT('zh-CN'), error)).toContain('请先登记延期申请');
    expect(errorText(i18next.getFixedT('en'), error)).toContain('Register an extension request first');
    expect(await db.documents.get(first.id)).toMatchObject({ status: 'issued' });
    expect(await db.documents.count()).toBe(1);
    expect((await db.supervisionItems.get(item.id))?.matter).toBe('建成人才驿站');
  });
});
