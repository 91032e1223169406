import { isLocalDate } from '../common/localDate';

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30, with the CJK ones 27–36, 50–58). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Whether a number format shows its number as a date or time (yyyy/m/d, yyyy"年"m"月"d"日", h:mm…). */
export function isDateFormat(numFmtId: number, formatCode?: string): boolean {
  if (BUILTIN_DATE_FORMATS.has(numFmtId)) return true;
  if (!formatCode) return false;
  const bare = formatCode
    .split(';')[0]
    .replace(/"[^"]*"/g, '') // literal text: "年"
    .replace(/[\\_*]./g, '') // escaped characters, padding (_) and fill (*)
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, ''); // [Red], [$-804], but not elapsed [h]
  return /[ymdhs]/i.test(bare.replace(/General/gi, ''));
}

const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 system is 1899-12-31; serial 60 is its 1900-02-29 that never was (Lotus's leap-year bug). */
const EPOCH_1900 = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An Excel date serial as local date text: 46203 → 2026-06-30; with a time part (and a format
 * that shows it), 2026-06-30 09:30. Serials out of Excel's own range (0–2958465) give null.
 */
export function excelSerialToText(serial: number, date1904: boolean, withTime: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return null;
  const whole = Math.floor(serial);
  const days = date1904 ? whole : whole > 60 ? whole - 1 : whole;
  const seconds = Math.round((serial - whole) * 86_400);
  const at = new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + days * DAY_MS + seconds * 1000);
  const date = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  const time = `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;
  if (serial < 1 && withTime) return time; // a time of day alone
  return withTime && seconds !== 0 ? `${date} ${time}` : date;
}

/** Serials a sheet's date column can mean: 2000-01-01 to 2099-12-31 (a plain 2026 is a year, not a date). */
const SERIAL_FROM = 36_526;
const SERIAL_TO = 73_415;

/**
 * A date cell's text as an ISO date: 2026-06-30, 2026/6/30, 2026.6.30, 2026年6月30日, with a time
 * after it (2026-06-30 00:00:00, 2026-06-30T00:00), or an Excel serial (46203) written by a sheet
 * whose date column was formatted as numbers. Anything else → null: nothing is guessed.
 */
export function parseSheetDate(text: string): string | null {
  const trimmed = text.trim();
  if (/^\d{5}(\.0+)?$/.test(trimmed)) {
    const serial = Number(trimmed);
    return serial >= SERIAL_FROM && serial <= SERIAL_TO ? excelSerialToText(serial, false, false) : null;
  }
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(
      trimmed,
    );
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isLocalDate(iso) ? iso : null;
}
