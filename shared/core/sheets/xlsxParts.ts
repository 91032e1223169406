import { isDateFormat } from './excelDates';
import { eachElement, eachTag, firstInner, stringItemText } from './xmlText';

/** One worksheet as the workbook lists it. */
export interface WorkbookSheet {
  name: string;
  /** Hidden sheets (state hidden / veryHidden) are never read unless the user picks one. */
  hidden: boolean;
  /** The part holding its cells, e.g. xl/worksheets/sheet1.xml */
  path: string;
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  /** The tab Excel opens on (bookViews activeTab), if it is a visible worksheet. */
  activeIndex: number;
  date1904: boolean;
}

/** xl/_rels/workbook.xml.rels: relationship id → part path. */
function relationTargets(rels: string, baseDir: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const r of eachTag(rels, 'Relationship')) {
    if (!r.Id || !r.Target) continue;
    const target = r.Target.startsWith('/') ? r.Target.slice(1) : `${baseDir}${r.Target}`;
    map.set(r.Id, normalisePath(target));
  }
  return map;
}

function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

/** The workbook's worksheets in tab order (chart sheets and dialog sheets have no cells to read). */
export function readWorkbook(workbookXml: string, relsXml: string, workbookPath: string): WorkbookInfo {
  const baseDir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const targets = relationTargets(relsXml, baseDir);
  const sheets: WorkbookSheet[] = [];
  for (const s of eachTag(workbookXml, 'sheet')) {
    const path = targets.get(s.id ?? '');
    if (!path || !/worksheets\//i.test(path)) continue;
    sheets.push({ name: s.name ?? '', hidden: s.state === 'hidden' || s.state === 'veryHidden', path });
  }
  const pr = eachTag(workbookXml, 'workbookPr')[0] ?? {};
  const view = eachTag(workbookXml, 'workbookView')[0] ?? {};
  const date1904 = pr.date1904 === '1' || pr.date1904 === 'true';
  const active = Number(view.activeTab ?? 0);
  const activeIndex = sheets[active] && !sheets[active].hidden ? active : sheets.findIndex((s) => !s.hidden);
  return { sheets, activeIndex, date1904 };
}

/** xl/styles.xml: for each cell style index (the s attribute), whether it shows a date. */
export function readDateStyles(stylesXml: string): boolean[] {
  const codes = new Map<number, string>();
  for (const f of eachTag(stylesXml, 'numFmt')) codes.set(Number(f.numFmtId), f.formatCode ?? '');
  const cellXfs = firstInner(stylesXml, 'cellXfs') ?? '';
  return eachTag(cellXfs, 'xf').map((xf) => {
    const id = Number(xf.numFmtId ?? 0);
    return isDateFormat(id, codes.get(id));
  });
}

/** xl/sharedStrings.xml: the strings cells of type s point at by index. */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  eachElement(xml, 'si', (_attrs, inner) => out.push(inner ? stringItemText(inner) : ''));
  return out;
}

/** The main part of the package, from [Content_Types].xml's override or the usual place. */
export function workbookPartPath(contentTypes: string | undefined, rootRels: string | undefined): string {
  const fromRels = rootRels
    ? eachTag(rootRels, 'Relationship').find((r) => /officeDocument$/.test(r.Type ?? ''))?.Target
    : undefined;
  if (fromRels) return normalisePath(fromRels.replace(/^\//, ''));
  const override = contentTypes
    ? eachTag(contentTypes, 'Override').find((o) => /spreadsheetml\.sheet\.main\+xml$/.test(o.ContentType ?? ''))
    : undefined;
  return override?.PartName ? normalisePath(override.PartName.replace(/^\//, '')) : 'xl/workbook.xml';
}
