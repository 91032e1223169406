import { chineseDate } from '../../core/documents/format';
import type { Block, FormRow, OfficialDocument, TableColumn } from '../../core/documents/model';
import type { OfficeSettings } from '../../core/office/office';
import { figureText, gridRows, type FigurePart, type GridUnit } from './figures';

export interface AssessmentDocumentContext {
  office: OfficeSettings;
  year: number;
  /** 制表日期 */
  date: string;
  countedOn: string;
  /** The snapshot printed (who froze it, when), or null for today's figures. */
  frozen: { by: string; at: string } | null;
  /** Chinese text of a translation key (column headings, part titles). */
  text: (key: string) => string;
  /** Unit kinds in the registry's order, with their names (乡镇（街道）…). */
  kinds: ReadonlyArray<{ id: string; name: string }>;
}

const UNIT_MM = 40;
const WIDTH_MM = 156;
const PER_TABLE = 6;

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * 年度人才工作实绩考核情况汇总表: the year's sources and rules on the form, then — on the pages
 * of its 附件 — every unit of each kind with each system's figures side by side, a part's columns
 * split into tables of six so that each fits the 156 mm 版心 upright. The seed makes these
 * references: no combined score is printed, and points taken away by revocation are listed struck through.
 */
export function buildAssessmentDocument(
  parts: readonly FigurePart[],
  units: readonly GridUnit[],
  ctx: AssessmentDocumentContext,
): OfficialDocument {
  const rows = gridRows(parts, units);
  const body: Block[] = [];
  for (const kind of ctx.kinds) {
    const ofKind = rows.filter((r) => r.unit.kind === kind.id);
    if (ofKind.length === 0) continue;
    body.push({ type: 'heading', level: 1, text: `${kind.name}（${ofKind.length}个）` });
    for (const part of parts) {
      body.push({ type: 'heading', level: 2, text: ctx.text(part.titleKey) });
      for (const columns of chunks(part.columns, PER_TABLE)) {
        const width = Math.floor(((WIDTH_MM - UNIT_MM) / columns.length) * 10) / 10;
        const head: TableColumn[] = [
          { title: '单位', widthMm: UNIT_MM, align: 'left' },
          ...columns.map((c) => ({ title: ctx.text(c.labelKey), widthMm: width })),
        ];
        body.push({
          type: 'table',
          isDense: true,
          columns: head,
          rows: ofKind.map((r) => [r.unit.name, ...columns.map((c) => figureText(r.cells[part.id][c.id], c.format))]),
        });
      }
    }
  }
  const struck: FormRow[] = parts.flatMap((part) =>
    part.columns
      .filter((c) => c.isStruck)
      .flatMap((c) =>
        rows
          .filter((r) => (r.cells[part.id][c.id] ?? 0) !== 0)
          .map((r) => ({
            label: `${r.unit.name}（${ctx.text(c.labelKey)}）`,
            value: `${ctx.text(part.titleKey)}${figureText(r.cells[part.id][c.id], c.format)}分`,
            isStruck: true,
          })),
      ),
  );
  const formRows: FormRow[] = [
    { label: '考核年度', value: `${ctx.year}年度` },
    { label: '数据来源', value: parts.map((p) => ctx.text(p.titleKey)).join('、') },
    { label: '统计日期', value: chineseDate(ctx.countedOn) },
    {
      label: '数据状态',
      value: ctx.frozen ? `已冻结（${ctx.frozen.by}，${ctx.frozen.at}）` : '当前数据，未冻结',
    },
    {
      label: '说明',
      value:
        '各项数据为年度人才工作实绩考核和评先评优的参考依据，按各制度分别列示，' +
        '本表不设综合得分；' +
        '已取消的加分以删除线列出。各单位明细见附件。',
    },
    ...struck,
  ];
  return {
    kind: 'record',
    secrecy: 'internal',
    urgency: 'none',
    title: `${ctx.year}年度人才工作实绩考核情况汇总表`,
    body: [],
    form: {
      labelWidthMm: 40,
      rows: formRows,
      footer: `${ctx.office.officeName}\u3000\u3000${chineseDate(ctx.date)}`,
      attachment: { title: `${ctx.year}年度各单位考核数据对照表`, body },
    },
  };
}
