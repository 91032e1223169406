/**
 * What a person types into a date field, read as a calendar date (YYYY-MM-DD) or null:
 * 2026-12-20, 2026/12/20, 2026.12.20, 2026年12月20日, 20261220. Impossible dates (2026-02-30) are null.
 */
export function parseTypedDate(text: string): string | null {
  const s = text.trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** How a date is shown in a field, per interface language (dayjs format). */
export function dateDisplayFormat(language: string): string {
  return language.startsWith('zh') ? 'YYYY年M月D日' : 'MMM D, YYYY';
}

/** The calendar's month heading: 2026年6月 / June 2026. */
export function monthLabelFormat(language: string): string {
  return language.startsWith('zh') ? 'YYYY年M月' : 'MMMM YYYY';
}
