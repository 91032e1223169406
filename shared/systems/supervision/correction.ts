import { z } from 'zod';
import { CONTENT_CATEGORIES, type SupervisionItem } from './item';
import { matterText, requirementText } from './itemInput';

/**
 * 更正 of what an item asks. Before a 督办通知单 is issued, matter, requirement and category are
 * simply corrected (audited, before and after). Once a slip is out, the unit holds a numbered
 * paper: a correction voids that slip with a reason and issues a new one with a new number, so
 * the register shows both. The deadline is never corrected here: it moves only by an extension
 * the leader granted (extension.ts); a wrong unit is a withdrawal (withdrawal.ts) and a new item.
 */
export const correctionInputSchema = z.object({
  matter: matterText,
  requirement: requirementText,
  category: z.enum(CONTENT_CATEGORIES),
  /** Why the issued slip is voided; required once a slip has been issued. */
  voidReason: z.string().trim().max(200),
});
export type CorrectionInput = z.input<typeof correctionInputSchema>;

/** The fields a correction changes, as the audit entry records them before and after. */
export type CorrectedFields = Pick<SupervisionItem, 'matter' | 'requirement' | 'category'>;

export function correctedFields(item: CorrectedFields): CorrectedFields {
  return { matter: item.matter, requirement: item.requirement, category: item.category };
}

/** Why the correction cannot be made as given (the field and the rule), or null. */
export function correctionRule(
  item: SupervisionItem,
  input: z.output<typeof correctionInputSchema>,
): { field: string; rule: string } | null {
  const before = correctedFields(item);
  if (before.matter === input.matter && before.requirement === input.requirement && before.category === input.category)
    return { field: 'matter', rule: 'nothing-changed' };
  if (item.slipDocumentId && !input.voidReason) return { field: 'voidReason', rule: 'void-reason-required' };
  return null;
}

export type { VoidedSlip } from './itemRecords';
