import { chineseDate } from '../../../core/documents/format';
import type { FormRow, OfficialDocument } from '../../../core/documents/model';
import type { OfficeSettings } from '../../../core/office/office';
import type { ClaimChange } from '../change';
import type { ClaimLine } from '../claim';
import { formatTenths } from '../points';
import { lineText } from './terms';

const DECISION_TEXT = { accepted: '认定', reduced: '降级认定', rejected: '不予认定' } as const;

/**
 * 呈批单 for a change to an award the leader approved: a revocation (S3-4.2: 取消激励奖励资格，并
 * 追究相关责任) or a correction. It says which award, what was found, and what the points become;
 * the leader decides by hand. Set dense (四号), like the 延期 slip, so the reason and the lines
 * leave the 60 mm for the 批示 on one page.
 */
export function buildChangeSlip(
  change: Pick<ClaimChange, 'kind' | 'reason' | 'foundOn' | 'lineReviews'>,
  ctx: {
    office: OfficeSettings;
    number: string;
    date: string;
    handler: string;
    unitName: string;
    roundTitle: string;
    /** The award's 呈批单 number, if it was decided on one. */
    awardSlipNumber: string;
    lines: readonly ClaimLine[];
    /** Points the claim holds now, and the change to them (≤ 0 for a revocation). */
    heldTenths: number;
    deltaTenths: number;
  },
): OfficialDocument {
  const isRevocation = change.kind === 'revocation';
  const after = ctx.heldTenths + ctx.deltaTenths;
  const byId = new Map(ctx.lines.map((l) => [l.id, l]));
  const corrected = (change.lineReviews ?? []).map(({ lineId, review }) => {
    const line = byId.get(lineId);
    return `${line ? lineText(line) : lineId}：改为${DECISION_TEXT[review.decision]}${review.reason ? `（${review.reason}）` : ''}`;
  });
  const rows: FormRow[] = [
    { label: '事由', value: isRevocation ? '取消激励奖励资格' : '更正绩效加分' },
    { label: '单位', value: ctx.unitName },
    {
      label: '原评定',
      value: `${ctx.roundTitle}${ctx.awardSlipNumber ? `（${ctx.awardSlipNumber}）` : ''}，绩效加分${formatTenths(ctx.heldTenths)}分`,
    },
    { label: '核查情况', value: `${change.reason}（${chineseDate(change.foundOn)}发现）` },
    ...(corrected.length ? [{ label: '更正事项', value: corrected.join('\n') }] : []),
    {
      label: '拟办意见',
      value: isRevocation
        ? `拟取消该单位本轮激励奖励资格，扣减绩效加分${formatTenths(-ctx.deltaTenths)}分，撤销表扬，并按规定追究相关责任。妥否，请批示。`
        : `拟将该单位本轮绩效加分由${formatTenths(ctx.heldTenths)}分更正为${formatTenths(after)}分。妥否，请批示。`,
    },
    { label: '领导批示', value: '', minHeightMm: 60 },
    { label: '承办人', value: ctx.handler || ctx.office.contactLine },
  ];
  return {
    kind: 'approvalSlip',
    secrecy: 'internal',
    urgency: 'none',
    number: ctx.number,
    title: '呈批单',
    body: [],
    form: {
      labelWidthMm: 30,
      dense: true,
      rows,
      footer: `${ctx.office.officeName}\u3000\u3000${chineseDate(ctx.date)}`,
    },
  };
}
