import { chineseDate } from '../../../core/documents/format';
import type { OfficialDocument } from '../../../core/documents/model';
import type { OfficeSettings } from '../../../core/office/office';
import { daysOverdue } from '../deadline';
import type { DeadlineExtension } from '../extension';
import type { SupervisionItem } from '../item';

/**
 * 呈批单 putting a unit's request for more time (延期) to the group leader. It says what the item
 * is, the deadline in force and, when it has already passed, for how many days the item has been
 * overdue, the date asked for and the unit's reason; the leader writes the decision by hand.
 * Set dense (四号) so the longest matter and reason leave the 60 mm for the 批示 on one page.
 */
export function buildExtensionSlip(
  item: Pick<SupervisionItem, 'matter' | 'slipNumber' | 'secrecy'>,
  extension: Pick<
    DeadlineExtension,
    'fromDueOn' | 'newDueOn' | 'newReplyBy' | 'reason' | 'requestedBy' | 'requestedOn'
  >,
  ctx: { office: OfficeSettings; target: string; date: string; number: string; handler: string },
): OfficialDocument {
  const late = daysOverdue(extension.fromDueOn, ctx.date);
  return {
    kind: 'approvalSlip',
    secrecy: item.secrecy,
    urgency: 'none',
    number: ctx.number,
    title: '呈批单',
    body: [],
    form: {
      labelWidthMm: 36,
      dense: true,
      rows: [
        // 呈报单位 is the footer's office: the row would cost the room the reason needs.
        { label: '事由', value: '督办事项延期办结' },
        { label: '督办事项', value: `${item.matter}${item.slipNumber ? `（${item.slipNumber}）` : ''}` },
        { label: '责任单位', value: ctx.target },
        {
          label: '原办结时限',
          value: `${chineseDate(extension.fromDueOn)}${late > 0 ? `，截至${chineseDate(ctx.date)}已逾期${late}天` : ''}`,
        },
        {
          label: '申请延至',
          value: `${chineseDate(extension.newDueOn)}（反馈时限${chineseDate(extension.newReplyBy)}）`,
        },
        {
          label: '延期理由',
          value: `${extension.reason}\n（${extension.requestedBy}，${chineseDate(extension.requestedOn)}申请）`,
        },
        { label: '拟办意见', value: '拟同意。妥否，请批示。' },
        { label: '领导批示', value: '', minHeightMm: 60 },
        { label: '承办人', value: ctx.handler },
      ],
      footer: `${ctx.office.officeName}\u3000\u3000${chineseDate(ctx.date)}`,
    },
  };
}

/**
 * Why the unit's 督办通知单 is voided when an extension is granted: a new one carrying the new
 * deadline replaces it, so the unit never holds a slip with a date it no longer has to keep.
 * Register text, in Chinese like the documents themselves.
 */
export function extensionReissueReason(extension: Pick<DeadlineExtension, 'newDueOn' | 'slipNumber'>): string {
  return (
    `经组长批准延期至${chineseDate(extension.newDueOn)}${extension.slipNumber ? `（${extension.slipNumber}）` : ''}，` +
    `按新办结时限重发督办通知单`
  );
}
