import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../core/documents/render/html/renderHtml';
import type { OfficialDocument } from '../../../core/documents/model';
import { DEFAULT_OFFICE_SETTINGS } from '../../../core/office/office';
import { aCheck } from '../../../../tests/support/supervisionBuilders';
import { buildCheckApprovalSlip, buildCheckNotice } from './checkDocuments';
import { buildDrawRecordDocument } from './drawRecordDocument';
import { DRAW_ALGORITHM, runDraw } from '../randomDraw';

const office = { ...DEFAULT_OFFICE_SETTINGS, contactLine: '联系人：王芳，电话：0412-3210000' };
const ctx = {
  office,
  number: '海人才办呈〔2026〕3号',
  date: '2026-05-06',
  targetNames: ['东四方台村', '大河村'],
  handler: '王芳',
};
/** Every piece of text a document shows: the model's strings and the printed page. */
const allText = (doc: OfficialDocument) => JSON.stringify(doc) + renderHtml(doc);

describe('check documents', () => {
  it('puts content, targets, time and method of a check to the leader on the 呈批单', () => {
    const doc = buildCheckApprovalSlip(
      aCheck({ title: '招工招才工作督查', method: 'research', targetUnitIds: ['a', 'b'], drawPlan: null }),
      ctx,
    );
    const proposal = doc.form?.rows.find((r) => r.label === '拟办意见')?.value ?? '';
    expect(doc.form?.rows.find((r) => r.label === '事由')?.value).toBe('关于开展招工招才工作督查的请示');
    expect(proposal).toBe(
      '拟于2026年5月12日至20日，采取调研督查方式，对东四方台村、大河村开展党组织推动招工招才工作情况督查，不陪同、不听汇报、不查留痕、不影响基层办公。妥否，请批示。',
    );
    const many = buildCheckApprovalSlip(
      aCheck({ method: 'research', targetUnitIds: ['a'], drawPlan: null, endOn: '2026-06-02' }),
      { ...ctx, targetNames: ['甲村', '乙村', '丙村', '丁村', '戊村'] },
    );
    expect(many.form?.rows.find((r) => r.label === '拟办意见')?.value).toContain(
      '2026年5月12日至6月2日，采取调研督查方式，对甲村等5个单位开展',
    );
  });

  it('shortens what the 呈批单 says until it fits one page, keeping when, how and how many', () => {
    const long = buildCheckApprovalSlip(aCheck({ method: 'research', targetUnitIds: ['a'], drawPlan: null }), {
      ...ctx,
      targetNames: ['中共海城市委机构编制委员会办公室', '乙', '丙', '丁'],
    });
    expect(long.form?.rows.find((r) => r.label === '拟办意见')?.value).toBe(
      '拟于2026年5月12日至20日，采取调研督查方式，对4个单位开展督查，不陪同、不听汇报、不查留痕、不影响基层办公。妥否，请批示。',
    );
  });

  it('names the third party on a delegated check', () => {
    const doc = buildCheckApprovalSlip(
      aCheck({
        method: 'thirdParty',
        thirdPartyName: '辽宁某某评估咨询有限公司',
        targetUnitIds: ['a'],
        drawPlan: null,
      }),
      ctx,
    );
    expect(doc.form?.rows.find((r) => r.label === '拟办意见')?.value).toContain(
      '委托第三方抽查（委托辽宁某某评估咨询有限公司）',
    );
  });

  it('never names the targets, the dates or the title of an unannounced check on its 呈批单', () => {
    const check = aCheck({
      method: 'unannounced',
      title: '5月12日暗访东四方台村',
      targetUnitIds: ['a', 'b'],
      drawPlan: null,
      startOn: '2026-05-12',
      endOn: '2026-05-13',
    });
    const text = allText(buildCheckApprovalSlip(check, ctx));
    for (const secret of [
      '东四方台村',
      '大河村',
      '2026年5月12日',
      '2026-05-12',
      '5月12日',
      '5月13日',
      '2026-05-13',
      check.title,
    ])
      expect(text).not.toContain(secret);
    expect(text).toContain('暗访督查');
  });

  it('writes the 专项通知 the seed’s way: no escort, no report, no paperwork, no disturbance (S2-3.1)', () => {
    const doc = buildCheckNotice(aCheck({ method: 'research', targetUnitIds: ['a', 'b'], drawPlan: null }), {
      ...ctx,
      number: '海人才办发〔2026〕4号',
    });
    const text = allText(doc);
    for (const phrase of ['不安排专人陪同', '不听取专题汇报', '不查看留痕资料', '不影响基层办公', '直接深入实地'])
      expect(text).toContain(phrase);
    // It asks for no report material and no reception: only evidence for unfinished matters, afterwards.
    expect(text).not.toMatch(/汇报材料|陪同人员|台账|做好迎检/);
    expect(text).toContain('不作迎检准备');
    expect(doc).toMatchObject({
      kind: 'notice',
      number: '海人才办发〔2026〕4号',
      title: '关于开展2026年第二季度村（社区）招工招才工作随机抽查的通知',
      mainRecipients: '东四方台村、大河村：',
      issuerMark: '海城市人才工作领导小组办公室文件',
    });
    expect(doc.note).toBe('（联系人：王芳，电话：0412-3210000）');
  });

  it('refuses to build a notice for an unannounced check', () => {
    expect(() => buildCheckNotice(aCheck({ method: 'unannounced', targetUnitIds: ['a'] }), ctx)).toThrow();
  });

  it('prints a draw record anyone can re-run: seed, numbered candidates, exclusions with reasons, result', () => {
    const candidates = ['甲村', '乙村', '丙村', '丁村'].map((name, i) => ({
      unitId: `u${i}`,
      name,
      key: `3|00000|${i}`,
    }));
    const input = {
      algorithm: DRAW_ALGORITHM,
      seed: 'abc123',
      candidates,
      exclusions: [{ unitId: 'u1', reason: '督查组成员曾在该村任职' }],
      mode: 'count' as const,
      value: 2,
    };
    const draw = {
      ...input,
      ...runDraw(input),
      filterText: '村（社区）',
      drawnAt: '2026-05-08T02:00:00.000Z',
      drawnBy: '王芳',
    };
    const doc = buildDrawRecordDocument({
      checkTitle: '招工招才随机抽查',
      draw,
      drawnOn: '2026-05-08',
      office,
      secrecy: 'internal',
    });
    const value = (label: string) => doc.form?.rows.find((r) => r.label.startsWith(label))?.value;
    expect(doc.kind).toBe('record');
    expect(value('随机种子')).toBe('abc123');
    expect(value('抽签方法')).toContain('draw-v1');
    expect(value('候选名单')).toBe('1.\u2060甲村　2.\u2060乙村　3.\u2060丙村　4.\u2060丁村');
    expect(value('回避')).toBe('2.乙村（督查组成员曾在该村任职）');
    expect(value('抽取结果')?.split('　')).toHaveLength(2);
    expect(doc.form?.rows.find((r) => r.label === '监督人签字')?.minHeightMm).toBeGreaterThan(0);
  });
});
