import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_SETTINGS } from '../../core/office/office';
import { buildAssessmentDocument } from './document';
import { compareParts, figureText, gridRows, type FigurePart } from './figures';

const parts: FigurePart[] = [
  {
    id: 'supervision',
    titleKey: 'parts.supervision',
    columns: ['total', 'closedOnTime', 'closedLate', 'open', 'overdueOpen', 'overdueDays', 'rate'].map((id) => ({
      id,
      labelKey: `col.${id}`,
      format: id === 'rate' ? ('percent' as const) : ('count' as const),
    })),
    units: [{ unitId: 'u1', values: { total: 3, closedOnTime: 1, closedLate: 1, open: 1, overdueOpen: 1, rate: 67 } }],
  },
  {
    id: 'bonusPoints',
    titleKey: 'parts.points',
    columns: [
      { id: 'revoked', labelKey: 'col.revoked', format: 'tenths', isStruck: true },
      { id: 'total', labelKey: 'col.points', format: 'tenths' },
    ],
    units: [{ unitId: 'u2', values: { revoked: 5, total: 15 } }],
  },
];
const units = [
  { id: 'u1', name: '牛庄镇', kind: 'town' },
  { id: 'u2', name: '西柳镇', kind: 'town' },
  { id: 'u3', name: '经济开发区', kind: 'zone' },
];
const text = (key: string) => ({ 'parts.supervision': '督查抽查', 'parts.points': '绩效加分' })[key] ?? key;

describe('the annual assessment side by side', () => {
  it('gives every unit a row, a unit a system has nothing for counting nothing and no rate', () => {
    const rows = gridRows(parts, units);
    expect(rows.map((r) => r.unit.name)).toEqual(['牛庄镇', '西柳镇', '经济开发区']);
    expect(rows[1].cells.supervision).toMatchObject({ total: 0, rate: null });
    expect(rows[1].cells.bonusPoints).toEqual({ revoked: 5, total: 15 });
    expect([figureText(15, 'tenths'), figureText(867, 'percentTenths'), figureText(null, 'percent')]).toEqual([
      '1.5',
      '86.7%',
      '—',
    ]);
  });

  it('prints each kind’s units in tables that fit the 版心, revoked points struck through, no combined score', () => {
    const doc = buildAssessmentDocument(parts, units, {
      office: DEFAULT_OFFICE_SETTINGS,
      year: 2026,
      date: '2026-12-06',
      countedOn: '2026-12-06',
      frozen: { by: '王管理', at: '2026-12-06 09:00' },
      text,
      kinds: [
        { id: 'town', name: '乡镇（街道）' },
        { id: 'zone', name: '园区' },
      ],
    });
    expect(doc.title).toBe('2026年度人才工作实绩考核情况汇总表');
    const rows = doc.form!.rows;
    expect(rows).toContainEqual({ label: '数据状态', value: '已冻结（王管理，2026-12-06 09:00）' });
    expect(rows).toContainEqual({ label: '西柳镇（col.revoked）', value: '绩效加分0.5分', isStruck: true });
    expect(JSON.stringify(doc)).not.toMatch(/综合得分[：:]/);
    const body = doc.form!.attachment!.body;
    expect(
      body.filter((b) => b.type === 'heading' && b.level === 1).map((b) => b.type === 'heading' && b.text),
    ).toEqual(['乡镇（街道）（2个）', '园区（1个）']);
    const tables = body.flatMap((b) => (b.type === 'table' ? [b] : []));
    // Seven supervision columns split six and one, per kind; the points in one table.
    expect(tables.map((t) => t.columns.length)).toEqual([7, 2, 3, 7, 2, 3]);
    for (const t of tables) expect(t.columns.reduce((s, c) => s + c.widthMm, 0)).toBeLessThanOrEqual(156);
    expect(tables[0].rows[0]).toEqual(['牛庄镇', '3', '1', '1', '1', '1', '0']);
  });

  it('names every figure that changed since a year was frozen', () => {
    const later: FigurePart[] = [
      { ...parts[0], units: [{ unitId: 'u1', values: { ...parts[0].units[0].values, total: 4 } }] },
      parts[1],
    ];
    expect(compareParts(parts, later)).toEqual([
      { unitId: 'u1', partId: 'supervision', columnId: 'total', frozen: 3, live: 4 },
    ]);
  });
});
