import { excelSerialToText } from './excelDates';
import type { CellValue, GridRow } from './sheetBuilder';
import { attributes, decodeXmlText, eachElement, firstInner, stringItemText } from './xmlText';

export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** Excel keeps 15 significant digits: an integer from 10^15 up has lost some of its own. */
const EXACT_LIMIT = 1e15;
const MAX_COLUMN = 16_384; // XFD

/** A1 → 0-based column of the reference, or -1 when it is not one. */
export function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
    if (col > MAX_COLUMN) return -1;
  }
  return i === 0 ? -1 : col - 1;
}

function numberText(v: number): string {
  // 0.30000000000000004 as Excel shows it: 0.3.
  return String(Number(v.toPrecision(15)));
}

const innerOf = firstInner;

/** One <c>: its value as the sheet shows it, or what is wrong with it. */
export function cellValue(attrs: Record<string, string>, inner: string, ctx: SheetContext): CellValue {
  const type = attrs.t ?? 'n';
  if (type === 'inlineStr') return stringItemText(innerOf(inner, 'is') ?? '');
  const raw = innerOf(inner, 'v');
  if (raw === undefined) {
    return inner.includes('<f') || inner.includes(':f') ? { rule: 'formula-no-value', text: '' } : '';
  }
  const text = decodeXmlText(raw);
  switch (type) {
    case 's':
      return ctx.sharedStrings[Number(text)] ?? '';
    case 'str':
    case 'd': // ISO 8601 date cells (Strict OOXML): the text is already the date
      return type === 'd' ? text.replace(/T00:00:00(\.0+)?Z?$/, '').replace('T', ' ') : text;
    case 'b':
      return text === '1' || text === 'true' ? 'TRUE' : 'FALSE';
    case 'e':
      return { rule: 'error-cell', text };
    default: {
      const n = Number(text);
      if (text.trim() === '' || !Number.isFinite(n)) return text;
      if (ctx.dateStyles[Number(attrs.s ?? 0)]) {
        const date = excelSerialToText(n, ctx.date1904, true);
        if (date) return date;
      }
      if (Math.abs(n) >= EXACT_LIMIT) return { rule: 'number-precision', text: n.toPrecision(15) };
      return numberText(n);
    }
  }
}

/** The cells of one <row>'s inside, as [column, value], only those it has. */
function rowCells(inner: string, ctx: SheetContext): [number, CellValue][] {
  const cells: [number, CellValue][] = [];
  let next = 0;
  eachElement(inner, 'c', (attrText, cellInner) => {
    const attrs = attributes(attrText);
    const col = attrs.r ? columnOf(attrs.r) : next;
    if (col < 0) return;
    next = col + 1;
    if (cellInner === undefined) return; // <c r="XFD1" s="3"/>: formatted, empty
    cells.push([col, cellValue(attrs, cellInner, ctx)]);
  });
  return cells;
}

/** Bytes decoded per step: a row is never split across steps because only whole rows are taken. */
const STEP_BYTES = 4 * 1024 * 1024;

/**
 * Reads a worksheet part row by row without decoding it whole (a million-row sheet is hundreds
 * of MB of XML). Returns false when the part does not end as a worksheet does: a truncated or
 * damaged part is refused, never read as a shorter sheet.
 */
export function readSheetGrid(xml: Uint8Array, ctx: SheetContext, push: (row: GridRow) => void): boolean {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let lastRow = 0;
  let tail = '';
  for (let at = 0; at < xml.length; at += STEP_BYTES) {
    const last = at + STEP_BYTES >= xml.length;
    const text = carry + decoder.decode(xml.subarray(at, at + STEP_BYTES), { stream: !last });
    const cut = last ? text.length : lastRowEnd(text);
    const whole = text.slice(0, cut);
    carry = text.slice(cut);
    if (last) {
      tail = text.slice(-200);
      // A part that does not end as a worksheet does is refused before its rows are looked at.
      if (!/<\/(?:\w+:)?worksheet>\s*$/.test(tail)) return false;
    }
    eachElement(whole, 'row', (attrText, inner) => {
      const attrs = attributes(attrText);
      const row = attrs.r ? Number(attrs.r) : lastRow + 1;
      if (!Number.isInteger(row) || row < 1) return;
      lastRow = row;
      if (inner) push({ row, cells: rowCells(inner, ctx) });
    });
  }
  return /<\/(?:\w+:)?worksheet>\s*$/.test(tail);
}

/** The end of the last complete row in text (or of a self-closed one), 0 if none. */
function lastRowEnd(text: string): number {
  const closed = text.lastIndexOf('</row>');
  let end = closed >= 0 ? closed + 6 : 0;
  // Writers that prefix the namespace (<x:row>…</x:row>).
  const prefixed = text.lastIndexOf(':row>');
  if (prefixed + 5 > end) {
    const open = text.lastIndexOf('</', prefixed);
    if (open >= 0 && /^<\/\w+:row>$/.test(text.slice(open, prefixed + 5))) end = prefixed + 5;
  }
  const selfClosed = text.lastIndexOf('/>');
  if (
    selfClosed > end &&
    /<(?:\w+:)?row\b[^>]*\/>$/.test(text.slice(text.lastIndexOf('<', selfClosed), selfClosed + 2))
  )
    end = selfClosed + 2;
  return end;
}
