import type { OfficeSettings } from '../../office/office';
import type { SecrecyLevel } from '../../common/secrecy';
import type { Block, Colophon, Urgency } from '../model';

/** What every template takes besides its own content. */
export interface TemplateBase {
  office: OfficeSettings;
  secrecy: SecrecyLevel;
  secrecyTerm?: string;
  urgency?: Urgency;
  copyNumber?: string;
  /** ISO yyyy-mm-dd: 成文日期 / 印发日期 */
  date: string;
}

/** Plain text with blank-line-separated paragraphs → paragraph blocks. */
export function paragraphs(text: string): Block[] {
  return text
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ type: 'paragraph', text: p }) as const);
}

export function officeColophon(base: TemplateBase, cc: string[] = []): Colophon {
  return { cc, printedBy: base.office.officeName, printedOn: base.date };
}

/** 份号 only for classified documents (GB/T 9704 §7.2.1). */
export function copyNumberFor(base: TemplateBase): string | undefined {
  return base.secrecy === 'secret' || base.secrecy === 'confidential' ? (base.copyNumber ?? '000001') : undefined;
}
