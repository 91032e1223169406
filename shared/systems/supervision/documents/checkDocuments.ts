import { chineseDate } from '../../../core/documents/format';
import type { Block, OfficialDocument } from '../../../core/documents/model';
import { buildApprovalSlip, buildNotice } from '../../../core/documents/templates';
import type { OfficeSettings } from '../../../core/office/office';
import type { Check } from '../check';
import { CATEGORY_SHORT, CATEGORY_TEXT, METHOD_TEXT, WAY_OF_WORKING } from './terms';

/** What every check document needs besides the check. */
export interface CheckDocContext {
  office: OfficeSettings;
  /** Number taken from the register (or a sample number). */
  number: string;
  /** 成文日期 / print date, YYYY-MM-DD */
  date: string;
  /** Target names as of `date`, in the check's order. */
  targetNames: string[];
  /** Who handles it (承办人), usually the contact line. */
  handler: string;
}

/** Targets a notice addresses by name; more are addressed together and listed in its body (主送 stays short). */
const ADDRESSED_TARGETS = 5;
/**
 * The 拟办意见 a 呈批单 holds and still fits one page with 60 mm left for the leader's hand: five
 * lines of 3号 in the value column (19 characters each, to be safe), four when the 事由 takes two.
 */
const SLIP_LINE_CHARS = 19;
const slipProposalChars = (subject: string) => SLIP_LINE_CHARS * (printedLength(subject) > SLIP_LINE_CHARS ? 4 : 5) - 2;
/** The seed's four "no"s as a slip abbreviates them. */
const FOUR_NOS_SHORT = '不陪同、不听汇报、不查留痕、不影响基层办公';

function methodText(check: Check): string {
  return check.method === 'thirdParty'
    ? `${METHOD_TEXT.thirdParty}（委托${check.thirdPartyName}）`
    : METHOD_TEXT[check.method];
}

function slipTargets(check: Check, names: readonly string[], brief = false): string {
  if (check.method === 'random' && names.length === 0 && check.drawPlan) {
    const how = check.drawPlan.mode === 'percent' ? `${check.drawPlan.value}%的单位` : `${check.drawPlan.value}个单位`;
    return `经同意后当众随机抽取${how}`;
  }
  if (brief && names.length > 1) return `${names.length}个单位`;
  return names.length > 2 ? `${names[0]}等${names.length}个单位` : names.join('、');
}

/** Counts a CJK character as one and a Latin letter or digit as half, as they print. */
function printedLength(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  return n;
}

/** 5月12日至20日, 2026年12月28日至2027年1月3日: the span as a slip writes it. */
function spanText(from: string, to: string): string {
  if (from === to) return chineseDate(from);
  const [fy, fm] = from.split('-');
  const [ty, tm, td] = to.split('-').map(Number);
  if (fy !== String(ty)) return `${chineseDate(from)}至${chineseDate(to)}`;
  return `${chineseDate(from)}至${Number(fm) === tm ? '' : `${tm}月`}${td}日`;
}

/**
 * 呈批单 for a check (S2-5.1: 报请组长签批同意后方可执行). For an unannounced check (暗访) it
 * names neither targets nor dates nor the office's own title for the check, which may mention
 * them: nothing printed before the visit may reveal where or when (seed, System 2 step 2).
 */
export function buildCheckApprovalSlip(check: Check, ctx: CheckDocContext): OfficialDocument {
  const base = { office: ctx.office, date: ctx.date, secrecy: check.secrecy, number: ctx.number, handler: ctx.handler };
  if (check.method === 'unannounced') {
    return buildApprovalSlip({
      ...base,
      subject: '关于开展人才工作暗访督查的请示',
      proposal: `拟对${CATEGORY_SHORT[check.category]}开展暗访督查，不预先通知，${FOUR_NOS_SHORT}。暗访对象和时间由承办人当面报告。妥否，请批示。`,
    });
  }
  // When, how, whom and what, in as many words as one page allows; the full content goes in the notice.
  const subject = `关于开展${check.title}的请示`;
  const opening = (brief: boolean) =>
    `拟于${spanText(check.startOn, check.endOn)}，采取${methodText(check)}方式，对` +
    `${slipTargets(check, ctx.targetNames, brief)}开展`;
  const variants = [
    `${opening(false)}${CATEGORY_SHORT[check.category]}督查，${FOUR_NOS_SHORT}。妥否，请批示。`,
    `${opening(false)}督查，${FOUR_NOS_SHORT}。妥否，请批示。`,
    `${opening(true)}督查，${FOUR_NOS_SHORT}。妥否，请批示。`,
    `${opening(true)}督查。妥否，请批示。`,
  ];
  const proposal =
    variants.find((v) => printedLength(v) <= slipProposalChars(subject)) ?? variants[variants.length - 1];
  return buildApprovalSlip({ ...base, subject, proposal });
}

/**
 * 专项通知 to the targets (seed, System 2 step 2), in the seed's way of working. Never for an
 * unannounced check: the caller is refused before it gets here, and this refuses too.
 */
export function buildCheckNotice(check: Check, ctx: CheckDocContext & { extra?: string }): OfficialDocument {
  if (check.method === 'unannounced') throw new RangeError('an unannounced check has no notice');
  const body: Block[] = [
    {
      type: 'paragraph',
      text:
        `为动态掌握各项部署任务推进情况，督促工作落地落实，根据《${ctx.office.cityName}“党管人才”督查抽查制度》，经市人才工作领导小组组长同意，决定开展${check.title}。` +
        `现将有关事项通知如下。`,
    },
    { type: 'heading', level: 1, text: '督查内容' },
    { type: 'paragraph', text: `${CATEGORY_TEXT[check.category]}。${check.content}` },
    { type: 'heading', level: 1, text: '督查对象' },
    {
      type: 'paragraph',
      text:
        check.method === 'random'
          ? `经随机抽签确定以下${ctx.targetNames.length}个单位：${ctx.targetNames.join('、')}。`
          : `${ctx.targetNames.join('、')}。`,
    },
    { type: 'heading', level: 1, text: '督查时间' },
    { type: 'paragraph', text: `${chineseDate(check.startOn)}至${chineseDate(check.endOn)}。` },
    { type: 'heading', level: 1, text: '督查方式' },
    {
      type: 'paragraph',
      text: `采取${methodText(check)}方式，通过调研走访、实地察看、交流座谈等方式，了解工作进展，核查工作成效。${WAY_OF_WORKING}`,
    },
    { type: 'heading', level: 1, text: '有关要求' },
    {
      type: 'paragraph',
      text: '对督查抽查中发现的未完成事项，市人才办将下发《督办通知单》，请有关单位按要求限时办结，及时报告推进完成情况并提交证明材料。对限期未完成的事项，将持续跟踪督办，并责令出具情况说明，报市人才工作领导小组组长阅示。',
    },
  ];
  if (ctx.extra?.trim()) body.push({ type: 'paragraph', text: ctx.extra.trim() });
  return buildNotice({
    office: ctx.office,
    date: ctx.date,
    secrecy: check.secrecy,
    issuer: 'office',
    number: ctx.number,
    title: `关于开展${check.title}的通知`,
    mainRecipients: `${ctx.targetNames.length > ADDRESSED_TARGETS ? '各有关单位' : ctx.targetNames.join('、')}：`,
    body,
    contact: ctx.office.contactLine || undefined,
  });
}
