import { chineseDate } from '../../../core/documents/format';
import type { FormRow, OfficialDocument } from '../../../core/documents/model';
import type { OfficeSettings } from '../../../core/office/office';
import type { SecrecyLevel } from '../../../core/common/secrecy';
import { type DrawRecord, eligibleCandidates } from '../randomDraw';

/** Candidates per table row: a row must fit on one page in Word (rows do not split there). */
const PER_ROW = 40;

function numberedRows(label: string, names: readonly string[]): FormRow[] {
  if (names.length === 0) return [{ label, value: '无' }];
  const rows: FormRow[] = [];
  for (let start = 0; start < names.length; start += PER_ROW) {
    // A word joiner keeps each number on the line of its name.
    const chunk = names.slice(start, start + PER_ROW).map((n, i) => `${start + i + 1}.\u2060${n}`);
    rows.push({
      label: names.length > PER_ROW ? `${label}（${start + 1}—${start + chunk.length}）` : label,
      value: chunk.join('　'),
    });
  }
  return rows;
}

/**
 * 随机抽查抽签记录: everything needed to re-run the draw by hand (docs/draw-v1.md): algorithm,
 * seed, the numbered candidates in draw order, exclusions with reasons, count and result, and
 * room for the witnesses' signatures.
 */
export function buildDrawRecordDocument(input: {
  checkTitle: string;
  draw: DrawRecord;
  drawnOn: string;
  office: OfficeSettings;
  secrecy: SecrecyLevel;
}): OfficialDocument {
  const { draw } = input;
  const sorted = [...draw.candidates].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const position = new Map(sorted.map((c, i) => [c.unitId, i + 1]));
  const nameOf = new Map(draw.candidates.map((c) => [c.unitId, c.name]));
  const eligible = eligibleCandidates(draw).length;
  const rows: FormRow[] = [
    { label: '督查事项', value: input.checkTitle },
    {
      label: '抽签方法',
      value: `${draw.algorithm}：候选单位按登记顺序编号，剔除回避单位后，由随机种子经cyrb128与sfc32生成随机数，按部分Fisher–Yates洗牌法依次抽取（算法说明及复核方法附后存档）。`,
    },
    { label: '随机种子', value: draw.seed },
    { label: '候选范围', value: draw.filterText },
    ...numberedRows(
      `候选名单（${sorted.length}个）`,
      sorted.map((c) => c.name),
    ),
    {
      label: `回避（${draw.exclusions.length}个）`,
      value: draw.exclusions.length
        ? draw.exclusions
            .map((e) => `${position.get(e.unitId) ?? '?'}.${nameOf.get(e.unitId) ?? e.unitId}（${e.reason}）`)
            .join('；')
        : '无',
    },
    {
      label: '抽取数量',
      value:
        draw.mode === 'percent'
          ? `${draw.count}个（可抽${eligible}个的${draw.value}%，向上取整）`
          : `${draw.count}个（可抽${eligible}个）`,
    },
    {
      label: '抽取结果',
      value: draw.result.map((id, i) => `${i + 1}.${nameOf.get(id) ?? id}（候选${position.get(id)}号）`).join('　'),
    },
    { label: '抽签日期', value: chineseDate(input.drawnOn) },
    { label: '抽签人', value: draw.drawnBy },
    { label: '监督人签字', value: '', minHeightMm: 18 },
  ];
  return {
    kind: 'record',
    secrecy: input.secrecy,
    urgency: 'none',
    title: '随机抽查抽签记录',
    body: [],
    form: { labelWidthMm: 36, rows, footer: `${input.office.officeName}\u3000\u3000${chineseDate(input.drawnOn)}` },
  };
}
