import { chineseDate, secrecyMark } from '../../../core/documents/format';
import type { FormRow, OfficialDocument } from '../../../core/documents/model';
import { formFitsOnePage } from '../../../core/documents/render/formGeometry';
import type { SecrecyLevel } from '../../../core/common/secrecy';
import type { OfficeSettings } from '../../../core/office/office';
import type { ItemFeedback } from '../feedback';
import type { SupervisionItem } from '../item';

/**
 * 立卷归档 as DA/T 22-2015 (归档文件整理规则) arranges a file: each 件 (a document with its own
 * files) numbered in order, and a 卷内文件目录 listing 件号, 责任者, 文号, 题名, 日期, 页数, 密级, 备注.
 */
export interface ArchivePiece {
  /** 责任者: who made the document (the office, the unit that reported) */
  responsible: string;
  /** 文号, or '' for a document without one */
  number: string;
  /** 题名 */
  title: string;
  /** ISO yyyy-mm-dd */
  date: string;
  /** 页数, or null where it is not known before printing (an evidence file of another kind) */
  pages: number | null;
  secrecy: SecrecyLevel;
  /** 备注 */
  note: string;
  /** The files of this 件 in the bundle, as named there. */
  files: string[];
}

/** 8-digit date as archive catalogues write it (DA/T 22-2015 §6.4.2): 20261206. */
export function archiveDate(iso: string): string {
  return iso.replaceAll('-', '');
}

/**
 * Pages of a one-page form (呈批单, 督办通知单, these records) as printed: one, and one more for its
 * 附件 page; null for any other document (its pages are counted on paper).
 */
export function formPages(doc: OfficialDocument): number | null {
  if (!doc.form || !formFitsOnePage(doc.form, doc.title)) return null;
  return doc.form.attachment ? 2 : 1;
}

/** Pages of an evidence file: a PDF counts its page objects, an image is one page, anything else is unknown. */
export function evidencePages(name: string, bytes: Uint8Array): number | null {
  if (/\.(png|jpe?g|gif|bmp|webp|tiff?)$/i.test(name)) return 1;
  if (!/\.pdf$/i.test(name)) return null;
  const text = new TextDecoder('latin1').decode(bytes);
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  return pages > 0 ? pages : null;
}

interface RecordContext {
  item: SupervisionItem;
  unitName: string;
  office: OfficeSettings;
}

function header(ctx: RecordContext): FormRow[] {
  return [
    { label: '督办事项', value: `${ctx.item.slipNumber ? `（${ctx.item.slipNumber}）` : ''}${ctx.item.matter}` },
    { label: '责任单位', value: ctx.unitName },
  ];
}

/** 办理情况反馈: the unit's report as the office received it, with the evidence it sent. */
export function buildFeedbackRecord(
  ctx: RecordContext,
  feedback: ItemFeedback,
  evidence: readonly string[],
  n: number,
): OfficialDocument {
  return {
    kind: 'record',
    secrecy: ctx.item.secrecy,
    urgency: 'none',
    title: '督办事项办理情况反馈登记',
    body: [],
    form: {
      labelWidthMm: 36,
      rows: [
        ...header(ctx),
        { label: '反馈次序', value: `第${n}次反馈` },
        { label: '收到日期', value: chineseDate(feedback.receivedOn) },
        { label: '负责人', value: feedback.reportedBy },
        { label: '办理情况', value: feedback.progress, minHeightMm: 40 },
        { label: '证明材料', value: evidence.length ? evidence.join('\n') : '无' },
      ],
      footer: `${ctx.office.officeName}\u3000\u3000${chineseDate(feedback.receivedOn)}`,
    },
  };
}

/** 核实办结、销号: what the office verified, when and by whom, and that the item was struck off. */
export function buildCloseRecord(ctx: RecordContext): OfficialDocument {
  const closedOn = ctx.item.closedOn ?? '';
  return {
    kind: 'record',
    secrecy: ctx.item.secrecy,
    urgency: 'none',
    title: '督办事项核实办结销号登记',
    body: [],
    form: {
      labelWidthMm: 36,
      rows: [
        ...header(ctx),
        { label: '办结时限', value: chineseDate(ctx.item.dueOn) },
        { label: '核实日期', value: closedOn ? chineseDate(closedOn) : '' },
        { label: '核实人', value: ctx.item.verifiedBy ?? '' },
        { label: '核实情况', value: ctx.item.closeNote || '经核实，已按要求办结。', minHeightMm: 40 },
        { label: '办结登记', value: closedOn ? `${chineseDate(closedOn)}办结登记` : '' },
        { label: '销号', value: closedOn ? `${chineseDate(closedOn)}销号` : '' },
      ],
      footer: `${ctx.office.officeName}\u3000\u3000${closedOn ? chineseDate(closedOn) : ''}`,
    },
  };
}

/**
 * 卷内文件目录 (DA/T 22-2015): one row per 件 in the order filed, then the files each 件 has in the
 * bundle — exactly those, so the catalogue never lists a file the bundle does not hold.
 */
export function buildArchiveCatalogue(input: {
  item: SupervisionItem;
  unitName: string;
  pieces: readonly ArchivePiece[];
  office: OfficeSettings;
  date: string;
  /** What the host could make of the documents: PDF, or (a browser) print pages in HTML. */
  printForm: 'pdf' | 'html';
}): OfficialDocument {
  const { item, pieces } = input;
  const no = (i: number) => String(i + 1).padStart(2, '0');
  const printNote =
    input.printForm === 'pdf'
      ? '各件的 Word 文件与 PDF 文件并存，PDF 为归档版本。'
      : '本包在浏览器版中生成，不含 PDF：各件为 Word 文件和可打印的网页文件（.html），用浏览器打开后打印或另存为 PDF。';
  return {
    // The general page (its table on the body grid, pages numbered), not a one-page form.
    kind: 'plan',
    secrecy: item.secrecy,
    urgency: 'none',
    title: '卷内文件目录',
    body: [
      {
        type: 'paragraph',
        text:
          `督办事项：${item.matter}${item.slipNumber ? `（${item.slipNumber}）` : ''}；责任单位：${input.unitName}；立卷单位：` +
          `${input.office.officeName}；立卷日期：${chineseDate(input.date)}。`,
      },
      {
        type: 'table',
        isDense: true,
        columns: [
          { title: '件号', widthMm: 11 },
          { title: '责任者', widthMm: 25, align: 'left' },
          { title: '文号', widthMm: 27, align: 'left' },
          { title: '题名', widthMm: 39, align: 'left' },
          { title: '日期', widthMm: 19 },
          { title: '页数', widthMm: 11 },
          { title: '密级', widthMm: 11 },
          { title: '备注', widthMm: 13, align: 'left' },
        ],
        rows: pieces.map((p, i) => [
          no(i),
          p.responsible,
          p.number,
          p.title,
          archiveDate(p.date),
          p.pages === null ? '' : String(p.pages),
          secrecyMark(p.secrecy) || '—',
          p.note,
        ]),
      },
      { type: 'paragraph', text: `卷内文件清单（共${pieces.length}件）。${printNote}` },
      {
        type: 'table',
        isDense: true,
        columns: [
          { title: '件号', widthMm: 11 },
          { title: '文件', widthMm: 145, align: 'left' },
        ],
        rows: pieces.flatMap((p, i) => p.files.map((file, j) => [j === 0 ? no(i) : '', file])),
      },
    ],
  };
}
