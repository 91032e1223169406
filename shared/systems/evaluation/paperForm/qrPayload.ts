import qrcode from 'qrcode-generator';
import { LAYOUT_RULES } from './layoutModel';

/** What the QR code of every printed page says: which questionnaire, version, copy and page. */
export interface PageCode {
  questionnaireId: string;
  version: number;
  /** 份号 of the copy, 1-based */
  copyNumber: number;
  pageNo: number;
  /** The layout's fingerprint: a scan is read only against the layout it was printed from. */
  fingerprint: string;
  layoutRules: number;
}

const PREFIX = 'TOWQ';

/** TOWQ/1/<questionnaire>/<version>/<copy>/<page>/<fingerprint>: short enough for a version-4 code. */
export function encodePageCode(code: Omit<PageCode, 'layoutRules'>): string {
  const parts = [
    PREFIX,
    String(LAYOUT_RULES),
    encodeURIComponent(code.questionnaireId),
    String(code.version),
    String(code.copyNumber),
    String(code.pageNo),
    code.fingerprint,
  ];
  return parts.join('/');
}

/** The page code in a QR text, or null for any other code (a stray QR on the page, another app's form). */
export function decodePageCode(text: string): PageCode | null {
  const parts = text.split('/');
  if (parts.length !== 7 || parts[0] !== PREFIX) return null;
  const [, rules, id, version, copy, page, fingerprint] = parts;
  const ints = [rules, version, copy, page].map((s) => (/^\d{1,9}$/.test(s) ? Number(s) : NaN));
  if (ints.some((v) => !Number.isInteger(v) || v < 1) || !/^[0-9a-f]{8}$/.test(fingerprint)) return null;
  let questionnaireId: string;
  try {
    questionnaireId = decodeURIComponent(id);
  } catch {
    return null;
  }
  if (!questionnaireId) return null;
  return {
    layoutRules: ints[0],
    questionnaireId,
    version: ints[1],
    copyNumber: ints[2],
    pageNo: ints[3],
    fingerprint,
  };
}

/** The QR symbol's dark modules (row-major), error correction M: a smudge or a tick on it still reads. */
export function qrModules(text: string): { size: number; isDark: (row: number, col: number) => boolean } {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  return { size: qr.getModuleCount(), isDark: (r, c) => qr.isDark(r, c) };
}
