import { chineseDate } from '../../../core/documents/format';
import type { FormRow, OfficialDocument } from '../../../core/documents/model';
import type { OfficeSettings } from '../../../core/office/office';
import { formatTenths } from '../points';
import type { UnitYearReport } from '../report';
import { RULE_IDS } from '../rules';
import { lineText, RULE_SHORT } from './terms';

const RULE_NUMBER = '一二三四五';

/** One unit's year in words: 合计1.9分：第一项（全职引进高层次人才）申报4人、认定4人，0.6分；… */
export function unitYearText(row: UnitYearReport): string {
  const parts = RULE_IDS.map((id) => row.rules[id - 1])
    .filter((r) => r.claimedCount > 0 || r.tenths !== 0 || r.revokedCount > 0)
    .map((r) => {
      const capped = r.cappedTenths > 0 ? `（封顶，超出${formatTenths(r.cappedTenths)}分不计）` : '';
      const revoked = r.revokedCount > 0 ? `，已取消${r.revokedCount}项${formatTenths(r.revokedTenths)}分` : '';
      return `第${RULE_NUMBER[r.rule - 1]}项（${RULE_SHORT[r.rule]}）申报${r.claimedCount}项、认定${r.acceptedCount}项，${formatTenths(r.tenths)}分${capped}${revoked}`;
    });
  return `合计${formatTenths(row.total)}分${parts.length ? `：${parts.join('；')}` : ''}。`;
}

/**
 * 绩效加分情况汇总表: each unit's year from the ledger, by rule. A revoked award stays on it,
 * struck through, with the reason and the 呈批单 that decided it (S3-4.2).
 */
export function buildPointsReport(
  rows: readonly UnitYearReport[],
  ctx: { office: OfficeSettings; year: number; date: string; unitName: (unitId: string) => string },
): OfficialDocument {
  const formRows: FormRow[] = [
    { label: '统计年度', value: `${ctx.year}年度` },
    {
      label: '计分依据',
      value: `《${ctx.office.cityName}“党管人才”激励奖励制度》绩效加分规则，各项分别封顶，同一年度各轮评定合并计算`,
    },
  ];
  for (const row of rows) {
    formRows.push({ label: ctx.unitName(row.unitId), value: unitYearText(row) });
    for (const r of row.revoked) {
      formRows.push({
        label: `${ctx.unitName(row.unitId)}（已取消）`,
        value: `${r.lines.map(lineText).join('；') || '表扬'}，原加分${formatTenths(r.tenths)}分`,
        isStruck: true,
      });
      formRows.push({
        label: '取消原因',
        value: `${r.reason}（${r.decidedBy}于${chineseDate(r.decidedOn)}签批${r.slipNumber ? `，${r.slipNumber}` : ''}）`,
      });
    }
  }
  if (rows.length === 0) formRows.push({ label: '加分情况', value: '本年度暂无加分' });
  return {
    kind: 'record',
    secrecy: 'internal',
    urgency: 'none',
    title: `${ctx.year}年度人才工作绩效加分情况汇总表`,
    body: [],
    form: { labelWidthMm: 44, rows: formRows, footer: `${ctx.office.officeName}\u3000\u3000${chineseDate(ctx.date)}` },
  };
}
