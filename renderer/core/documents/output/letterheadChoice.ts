/**
 * 套打 remembered per printer, on this PC (localStorage; nothing leaves it). The desktop app knows a
 * printer by name when printing straight to it; its system dialog and preview, and a browser's own
 * print dialog, do not tell the app which printer was chosen there — so the choice made with the
 * dialog is remembered as one entry, "the printer the dialog picks".
 */
const KEY = 'workbench.documents.letterhead';

/** The name the choice is kept under: the printer's, or the dialog's entry. */
export function letterheadKey(mode: 'preview' | 'dialog' | 'silent', printerName?: string): string {
  return mode === 'silent' && printerName ? `printer:${printerName}` : 'dialog';
}

function stored(storage: Storage): Record<string, boolean> {
  try {
    const value: unknown = JSON.parse(storage.getItem(KEY) ?? '{}');
    return value && typeof value === 'object' ? (value as Record<string, boolean>) : {};
  } catch {
    return {};
  }
}

export function rememberedLetterhead(key: string, storage: Storage = localStorage): boolean {
  return stored(storage)[key] === true;
}

export function rememberLetterhead(key: string, onLetterhead: boolean, storage: Storage = localStorage): void {
  try {
    storage.setItem(KEY, JSON.stringify({ ...stored(storage), [key]: onLetterhead }));
  } catch {
    // A full or refused storage only forgets the choice; the print itself goes on.
  }
}
