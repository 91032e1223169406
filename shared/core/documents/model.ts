import type { SecrecyLevel } from '../common/secrecy';

/**
 * The one document model (GB/T 9704-2012 elements). Modules build an OfficialDocument through a
 * template (shared/core/documents/templates); the Word and HTML renderers turn the same model into a
 * .docx or a printable page. Modules never build Word or HTML themselves.
 */

/** 文种 the kinds of document the office issues. */
export const DOCUMENT_KINDS = [
  'notice',
  'minutes',
  'bulletin',
  'circular',
  'supervisionSlip',
  'approvalSlip',
  'letter',
  'plan',
  'signInSheet',
  'record',
] as const;
// notice 通知 · minutes 纪要 · bulletin 简报 · circular 通报 · supervisionSlip 督办通知单 ·
// approvalSlip 呈批单 · letter 信函 · plan 会议方案 · signInSheet 签到表 ·
// record 记录 (an internal record on a form: 抽签记录, 归档目录)
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** 紧急程度 */
export type Urgency = 'none' | 'urgent' | 'extraUrgent'; // 加急 · 特急

/** Which page layout of the standard a kind uses. */
export type DocumentLayout = 'general' | 'minutes' | 'bulletin' | 'letter' | 'form';

export const LAYOUT_OF: Record<DocumentKind, DocumentLayout> = {
  notice: 'general',
  circular: 'general',
  minutes: 'minutes',
  bulletin: 'bulletin',
  letter: 'letter',
  supervisionSlip: 'form',
  approvalSlip: 'form',
  plan: 'general',
  signInSheet: 'form',
  record: 'form',
};

/** Body blocks. Headings are numbered by level when rendered: 一、 （一） 1. （1） */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'table'; columns: TableColumn[]; rows: string[][]; isDense?: boolean };
// isDense: 4号 on 7 mm lines, off the 22-line grid — a list on an attachment page (议题清单) that
// would take two pages at 3号 on body lines. Only where nothing after it needs the grid.

export interface TableColumn {
  title: string;
  /** Explicit width (WPS ignores automatic widths); the columns add up to at most 156 mm. */
  widthMm: number;
  /** Long text reads from the left (justified); short values stay centred. */
  align?: 'left';
}

/** 印章 placeholder: where the seal goes; the real seal is stamped on paper. */
export interface Signature {
  /** 署名 (发文机关署名) */
  organ: string;
  /** 成文日期, ISO yyyy-mm-dd; printed 2026年3月12日 */
  date: string;
  isSealed: boolean;
}

/** 版记: 抄送 and 印发机关/印发日期 at the foot of the last (even) page. */
export interface Colophon {
  cc: string[];
  printedBy: string;
  /** ISO yyyy-mm-dd */
  printedOn: string;
}

/** 纪要: its own 标志, 期号 and the 出席 / 请假 / 列席 lists. */
export interface MinutesPart {
  /** e.g. 海城市“党管人才”日常调度会议纪要 */
  markText: string;
  /** e.g. 第3期 */
  issueLabel: string;
  present: string[];
  onLeave: string[];
  attending: string[];
}

/** 简报: 报头 (name, 期号, 编发单位, date) and 报尾 (报 / 送 / 发, 共印 copies). */
export interface BulletinPart {
  /** e.g. 人才工作简报 */
  name: string;
  /** e.g. 第5期 */
  issueLabel: string;
  editor: string;
  /** ISO yyyy-mm-dd */
  date: string;
  reportTo: string[];
  sendTo: string[];
  distributeTo: string[];
  copies: number;
}

/** A one-page form (督办通知单, 呈批单): label/value rows in a 156 mm table. */
export interface FormRow {
  label: string;
  value: string;
  /** Minimum height, e.g. ≥ 60 mm for a leader's handwritten 批示. */
  minHeightMm?: number;
  /** The value struck through: an entry that stands revoked but stays on the record (S3-4.2). */
  isStruck?: boolean;
}

/**
 * 附件 of a form, on the page after it (a 呈批单's 议题清单 when the topics do not fit the slip):
 * GB/T 9704 §8 — "附件" 顶格 on the page's first line in 3号黑体, the title centred on its third
 * line in 2号小标宋, then the body on the 22-line grid. The slip itself stays one page.
 */
export interface FormAttachment {
  title: string;
  body: Block[];
}

export interface FormPart {
  /** Width of the label column; the value column takes the rest of 156 mm. */
  labelWidthMm: number;
  rows: FormRow[];
  /** 督办通知单: dashed cut line, then a tear-off reply (回执). */
  tearOff?: { title: string; rows: FormRow[] };
  /**
   * Set in 四号 with 8 mm rows, as a slip with a 回执 always is: for a slip whose text must leave
   * its handwritten rows on one page (a 延期 呈批单 carries the matter and the unit's reason).
   */
  dense?: boolean;
  /**
   * A list under the rows with its own columns (签到表: 参会单位 | 签名), its header row repeated
   * on each page it runs onto.
   */
  roster?: { columns: TableColumn[]; rows: string[][] };
  /** Line under the table, e.g. 督办单位（盖章） and the date. */
  footer?: string;
  /** A page of its own after the form. */
  attachment?: FormAttachment;
}

/**
 * A document that follows a notice on pages of its own (GB/T 9704 §7.3.4, §8), its headings
 * numbered afresh from 一、:
 * - 'issued' (印发, 转发): the notice's title names it; it starts a new page with its own title and
 *   body and no 附件 label, as the 2021 regulation issues its four systems;
 * - 'attachment' (附件): named in the notice's 附件说明; "附件N" 顶格 on its first line in 3号黑体,
 *   its title centred on the third line, numbered as in the 附件说明.
 */
export interface Enclosure {
  role: 'issued' | 'attachment';
  title: string;
  body: Block[];
}

/**
 * A mark over the top margin of every page, outside the 版心 (nothing under it moves): a draft not
 * yet numbered (草稿), or a voided document reprinted with its reason (作废).
 */
export interface OutputStamp {
  kind: 'draft' | 'void';
  reason?: string;
}

export interface OfficialDocument {
  kind: DocumentKind;
  /** 份号, six digits, for classified documents */
  copyNumber?: string;
  secrecy: SecrecyLevel;
  /** 保密期限, e.g. 1年 (printed 机密★1年) */
  secrecyTerm?: string;
  urgency: Urgency;
  /** 发文机关标志, e.g. 海城市人才工作领导小组文件 (general and letter layouts) */
  issuerMark?: string;
  /** 发文字号, e.g. 海人才发〔2026〕3号 */
  number?: string;
  title: string;
  /** 主送机关 */
  mainRecipients?: string;
  body: Block[];
  /** 附件说明: attachment names, numbered when more than one (an attachment enclosure's title is one of them) */
  attachments?: string[];
  /** Issued documents and attachments with their text, after the notice's 署名 and before the 版记. */
  enclosures?: Enclosure[];
  signature?: Signature;
  /** 附注, e.g. （联系人：王芳，电话：0412-3210000） */
  note?: string;
  colophon?: Colophon;
  minutes?: MinutesPart;
  bulletin?: BulletinPart;
  form?: FormPart;
  /** Added on output only (never kept in the register): see OutputStamp. */
  stamp?: OutputStamp;
}
