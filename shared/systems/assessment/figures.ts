/**
 * The annual assessment's figures (年度人才工作实绩考核), as pure data: each system's part — its
 * columns and a row per unit — and the grid that puts the parts side by side for every unit of a
 * kind. The seed calls them references (S2-5.3, S3, S4-5.2): no combined score is made here.
 */
export type FigureFormat = 'count' | 'tenths' | 'percentTenths' | 'percent' | 'days';

export interface FigureColumn {
  id: string;
  labelKey: string;
  format: FigureFormat;
  /** Points taken away (revocations): printed struck through. */
  isStruck?: boolean;
}

export interface UnitValues {
  unitId: string;
  values: Readonly<Record<string, number | null>>;
}

/** One system's part for a year, as reported. */
export interface FigurePart {
  id: string;
  titleKey: string;
  columns: readonly FigureColumn[];
  units: readonly UnitValues[];
}

export interface GridUnit {
  id: string;
  name: string;
  kind: string;
}

export interface GridRow {
  unit: GridUnit;
  /** partId → columnId → value; a unit a system reports nothing for counts 0 (no rate: null). */
  cells: Record<string, Record<string, number | null>>;
}

/** What a unit with no figures in a part shows: nothing counted, and no rate at all. */
export function emptyValue(column: Pick<FigureColumn, 'format'>): number | null {
  return column.format === 'percent' || column.format === 'percentTenths' ? null : 0;
}

/**
 * One row per unit given, in the order given (the registry's, inactive units too: a unit merged
 * away in the year keeps its figures). A unit a system reports nothing for counts nothing.
 */
export function gridRows(parts: readonly FigurePart[], units: readonly GridUnit[]): GridRow[] {
  const byPart = new Map(parts.map((p) => [p.id, new Map(p.units.map((u) => [u.unitId, u.values]))]));
  return units.map((unit) => ({
    unit,
    cells: Object.fromEntries(
      parts.map((p) => {
        const values = byPart.get(p.id)?.get(unit.id);
        return [p.id, Object.fromEntries(p.columns.map((c) => [c.id, values?.[c.id] ?? emptyValue(c)]))];
      }),
    ),
  }));
}

/** A figure as the office reads it: 12, 1.5 (tenths), 86.7% (tenths of a percent), 67%, 3 (days); none: —. */
export function figureText(value: number | null | undefined, format: FigureFormat): string {
  if (value === null || value === undefined) return '—';
  const tenths = (n: number) => `${n < 0 ? '-' : ''}${Math.trunc(Math.abs(n) / 10)}.${Math.abs(n) % 10}`;
  if (format === 'tenths') return tenths(value);
  if (format === 'percentTenths') return `${tenths(value)}%`;
  if (format === 'percent') return `${value}%`;
  return String(value);
}

/** A figure that changed between a frozen snapshot and today's records. */
export interface FigureChange {
  unitId: string;
  partId: string;
  columnId: string;
  frozen: number | null;
  live: number | null;
}

/**
 * Every figure that differs between the snapshot's parts and the live ones (a unit or a column
 * only one side has counts as empty on the other).
 */
export function compareParts(frozen: readonly FigurePart[], live: readonly FigurePart[]): FigureChange[] {
  const changes: FigureChange[] = [];
  const partIds = [...new Set([...frozen, ...live].map((p) => p.id))];
  for (const partId of partIds) {
    const a = frozen.find((p) => p.id === partId);
    const b = live.find((p) => p.id === partId);
    const columns = [...(a?.columns ?? []), ...(b?.columns ?? [])].filter(
      (c, i, all) => all.findIndex((x) => x.id === c.id) === i,
    );
    const unitIds = [...new Set([...(a?.units ?? []), ...(b?.units ?? [])].map((u) => u.unitId))];
    const valueOf = (part: FigurePart | undefined, unitId: string, column: FigureColumn) => {
      const values = part?.units.find((u) => u.unitId === unitId)?.values;
      return values?.[column.id] ?? emptyValue(column);
    };
    for (const unitId of unitIds)
      for (const column of columns) {
        const before = valueOf(a, unitId, column);
        const after = valueOf(b, unitId, column);
        if (before !== after) changes.push({ unitId, partId, columnId: column.id, frozen: before, live: after });
      }
  }
  return changes;
}
