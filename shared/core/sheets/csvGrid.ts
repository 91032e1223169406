import Papa from 'papaparse';
import type { GridRow } from './sheetBuilder';

const DELIMITERS = [',', '\t', ';', '|'] as const;

/**
 * The delimiter of the header line: the one it holds most of, outside quotes. Excel writes ','
 * (or ';' where the decimal sign is a comma) for CSV and a tab for "Unicode text"; header names
 * never hold them, whereas data cells often hold commas.
 */
export function guessDelimiter(text: string): string {
  let inQuotes = false;
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length && i < 65536; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if ([...counts.values()].some((n) => n > 0)) break; // the first line that has any
    } else if (!inQuotes && (DELIMITERS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * Splits CSV text into grid rows (row = the record's number, as Excel shows it on opening the
 * file). A quote left open swallows the rest of the file into one record: that record is marked,
 * so the rows it swallowed are reported, never imported as one merged value.
 */
export function readCsvGrid(text: string, push: (row: GridRow) => void): void {
  let record = 0;
  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    skipEmptyLines: false,
    step(result) {
      record++;
      const cells = result.data.map((value, col): [number, string] => [col, value]);
      const quotes = result.errors.find((e) => e.type === 'Quotes');
      if (!quotes) return push({ row: record, cells });
      const unclosed = result.errors.some((e) => e.code === 'MissingQuotes');
      const shown = result.data.join(',').slice(0, 60);
      push({ row: record, cells, issue: { rule: unclosed ? 'csv-unclosed-quote' : 'csv-quotes', text: shown } });
    },
  });
}
