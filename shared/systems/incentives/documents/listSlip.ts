import { chineseDate } from '../../../core/documents/format';
import type { FormAttachment, OfficialDocument } from '../../../core/documents/model';
import { formFitsOnePage } from '../../../core/documents/render/formGeometry';
import { buildApprovalSlip } from '../../../core/documents/templates';
import type { OfficeSettings } from '../../../core/office/office';
import { formatTenths } from '../points';
import type { ProposalRow } from '../proposal';
import type { BonusRound } from '../round';
import { byRuleText, countsText } from './terms';

/**
 * 呈批单 putting a round's 激励奖励对象和加分名单 to the group leader (S3-3.3: 报市人才工作领导小组
 * 组长审阅签批). The slip says what the round was and what is proposed in figures; the list itself,
 * one row per unit with the accepted items and the points they add to its year, is the slip's
 * attachment, so the slip stays one page whatever the number of units.
 */
export function buildListSlip(
  round: Pick<BonusRound, 'title' | 'year' | 'kind' | 'subject' | 'opensOn' | 'closesOn'>,
  rows: readonly ProposalRow[],
  ctx: {
    office: OfficeSettings;
    number: string;
    date: string;
    handler: string;
    claimCount: number;
    unitName: (unitId: string) => string;
  },
): OfficialDocument {
  const commended = rows.filter((r) => r.isCommended).length;
  const pointed = rows.filter((r) => r.totalTenths > 0).length;
  const total = rows.reduce((s, r) => s + r.totalTenths, 0);
  const scope =
    round.kind === 'annual' ? `结合${round.year}年度人才工作实绩考核，` : `根据${round.subject}专项工作需要，`;
  const window = `${chineseDate(round.opensOn)}至${chineseDate(round.closesOn)}`;
  const proposal = (full: boolean) =>
    `${full ? `${scope}${window}` : ''}共受理${ctx.claimCount}个单位的申请。经审核，拟对${commended}个单位通报表扬，` +
    `对${pointed}个单位给予绩效加分共${formatTenths(total)}分（名单见附件）。妥否，请批示。`;
  const slip = (full: boolean) => {
    const doc = buildApprovalSlip({
      office: ctx.office,
      date: ctx.date,
      secrecy: 'internal',
      number: ctx.number,
      subject: `关于${round.title}结果的请示`,
      proposal: proposal(full),
      handler: ctx.handler || ctx.office.contactLine,
    });
    return { ...doc, form: { ...doc.form!, attachment: proposalList(rows, ctx.unitName) } };
  };
  // The 拟办意见 has some four lines before the leader's 60 mm: the window and scope give way first.
  const full = slip(true);
  return formFitsOnePage({ ...full.form!, attachment: undefined }, full.title) ? full : slip(false);
}

/** 激励奖励对象和加分名单: the slip's attachment. */
export function proposalList(rows: readonly ProposalRow[], unitName: (unitId: string) => string): FormAttachment {
  const columns = [
    { title: '序号', widthMm: 15 },
    { title: '单位', widthMm: 40, align: 'left' as const },
    { title: '认定事项及加分', widthMm: 69, align: 'left' as const },
    { title: '加分', widthMm: 16 },
    { title: '表扬', widthMm: 16 },
  ];
  const body = rows.map((r, i) => [
    String(i + 1),
    unitName(r.unitId),
    `${countsText(r.counts)}${r.totalTenths ? `（${byRuleText(r.byRule)}）` : ''}`,
    formatTenths(r.totalTenths),
    r.isCommended ? '是' : '',
  ]);
  // 4号 on 7 mm lines: the list of a year's units at 3号 would take pages.
  return { title: '激励奖励对象和加分名单', body: [{ type: 'table', columns, rows: body, isDense: true }] };
}
