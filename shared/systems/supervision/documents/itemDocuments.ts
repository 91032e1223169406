import { chineseDate } from '../../../core/documents/format';
import type { FormRow, OfficialDocument } from '../../../core/documents/model';
import { buildSupervisionSlip } from '../../../core/documents/templates';
import type { OfficeSettings } from '../../../core/office/office';
import { grantedExtensions } from '../extension';
import type { Explanation, ItemFeedback } from '../feedback';
import type { SupervisionItem } from '../item';
import { SOURCE_TEXT } from './terms';

interface ItemDocContext {
  office: OfficeSettings;
  /** 督办对象: the unit's party organisation (or name) as of the slip's date */
  target: string;
  /** Print date, YYYY-MM-DD */
  date: string;
}

/**
 * 督办通知单 for any item, whatever its source (check, meeting, instruction, task list). A slip
 * reissued after a correction or an extension names the slip it replaces (`replaces`), so the unit
 * holding both knows which one stands.
 */
export function buildItemSlip(
  item: SupervisionItem,
  ctx: ItemDocContext & { number: string; handler: string; replaces?: string },
): OfficialDocument {
  const slip = buildSupervisionSlip({
    office: ctx.office,
    date: ctx.date,
    secrecy: item.secrecy,
    number: ctx.number,
    target: ctx.target,
    matter: item.matter,
    requirement: item.requirement || '请按时限办结，并将办理情况连同证明材料报送市人才办。',
    deadline: item.dueOn,
    replyBy: item.replyBy ?? item.dueOn,
    contact: ctx.office.contactLine || ctx.handler,
  });
  if (ctx.replaces && slip.form) slip.form.rows.push({ label: '备注', value: `代替${ctx.replaces}（作废）` });
  return slip;
}

/**
 * 情况说明 put to the group leader for 阅示 (seed, System 2 step 5: 责令出具情况说明，报市人才工作
 * 领导小组组长阅示), on a 呈阅件 form with room for the leader's hand.
 */
export function buildExplanationSlip(
  item: SupervisionItem,
  explanation: Pick<Explanation, 'reason' | 'measures' | 'submittedBy' | 'receivedOn' | 'daysOverdue'>,
  ctx: ItemDocContext & { number: string; handler: string },
): OfficialDocument {
  return {
    kind: 'approvalSlip',
    secrecy: item.secrecy,
    urgency: 'none',
    number: ctx.number,
    title: '呈阅件',
    body: [],
    form: {
      labelWidthMm: 36,
      rows: [
        { label: '事由', value: `关于${ctx.target}督办事项逾期未办结的情况说明` },
        { label: '呈报单位', value: ctx.office.officeName },
        { label: '督办事项', value: `${item.slipNumber ? `（${item.slipNumber}）` : ''}${item.matter}` },
        { label: '办结时限', value: `${chineseDate(item.dueOn)}，已逾期${explanation.daysOverdue}天` },
        {
          label: '情况说明',
          value: `${explanation.reason}\n（${explanation.submittedBy}，${chineseDate(explanation.receivedOn)}）`,
          minHeightMm: 30,
        },
        { label: '下步措施', value: explanation.measures, minHeightMm: 20 },
        { label: '领导阅示', value: '', minHeightMm: 60 },
        { label: '承办人', value: ctx.handler },
      ],
      footer: `${ctx.office.officeName}\u3000\u3000${chineseDate(ctx.date)}`,
    },
  };
}

/** One file of an archive bundle as listed in its index. */
export interface ArchiveFileEntry {
  path: string;
  title: string;
}

/**
 * 督办事项办理情况登记表 (filed last in the 立卷归档 bundle): the item's whole story on one record —
 * what, who, from where, the slip, every feedback, every 情况说明, the verification and 销号.
 */
export function buildArchiveIndex(input: {
  item: SupervisionItem;
  unitName: string;
  feedback: readonly ItemFeedback[];
  explanations: readonly Explanation[];
  files: readonly ArchiveFileEntry[];
  office: OfficeSettings;
  date: string;
}): OfficialDocument {
  const { item } = input;
  const rows: FormRow[] = [
    { label: '督办事项', value: item.matter },
    { label: '督办要求', value: item.requirement || '—' },
    { label: '责任单位', value: input.unitName },
    {
      label: '事项来源',
      value:
        SOURCE_TEXT[item.source] +
        (item.instruction
          ? `（${item.instruction.by}，${chineseDate(item.instruction.on)}，${item.instruction.ref}）`
          : ''),
    },
    { label: '督办通知单', value: item.slipNumber ?? '未下发' },
    { label: '办结时限', value: chineseDate(item.dueOn) },
    // Only an item that was extended has the row: every extension, and how late it was granted.
    ...extensionRows(item),
    {
      label: '办理反馈',
      value: input.feedback.length
        ? input.feedback
            .map(
              (f, i) =>
                `${i + 1}.${chineseDate(f.receivedOn)} ${f.reportedBy}：${f.progress}（证明材料${f.attachmentIds.length}份）`,
            )
            .join('\n')
        : '无',
    },
    {
      label: '情况说明',
      value: input.explanations.length
        ? input.explanations
            .map(
              (e, i) =>
                `${i + 1}.${chineseDate(e.receivedOn)} 逾期${e.daysOverdue}天：${e.reason}` +
                `${e.reading ? `（${e.reading.by}${chineseDate(e.reading.on)}阅示：${e.reading.remark || '已阅'}）` : ''}`,
            )
            .join('\n')
        : '无',
    },
    {
      label: '核实办结',
      value: item.closedOn
        ? `${chineseDate(item.closedOn)}，核实人：${item.verifiedBy ?? ''}。${item.closeNote ?? ''}`
        : '未办结',
    },
    // The bundle's files are listed by its 卷内文件目录 (archiveBundle.ts); a caller may still name them here.
    ...(input.files.length
      ? [{ label: '卷内文件', value: input.files.map((f, i) => `${i + 1}.${f.title}（${f.path}）`).join('\n') }]
      : []),
  ];
  return {
    kind: 'record',
    secrecy: item.secrecy,
    urgency: 'none',
    number: item.slipNumber,
    title: '督办事项办理情况登记表',
    body: [],
    // One line (a single space keeps it whole): the index's rows already fill most of the page.
    form: { labelWidthMm: 36, rows, footer: `${input.office.officeName}\u3000${chineseDate(input.date)}` },
  };
}

/** 延期 as the file records it: each granted extension, its 呈批单 and the days already overdue. */
function extensionRows(item: SupervisionItem): FormRow[] {
  const granted = grantedExtensions(item);
  if (granted.length === 0) return [];
  const lines = granted.map((e, i) => {
    const late = e.overdueDaysWhenGranted ? `，批准时已逾期${e.overdueDaysWhenGranted}天` : '';
    return (
      `${i + 1}.由${chineseDate(e.fromDueOn)}延至${chineseDate(e.newDueOn)}，${e.decision!.by}` +
      `${chineseDate(e.decision!.on)}同意${e.slipNumber ? `（${e.slipNumber}）` : ''}${late}`
    );
  });
  return [{ label: '延期', value: lines.join('\n') }];
}
