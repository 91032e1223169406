import { z } from 'zod';
import type { SupervisionItem } from './item';
export type { Withdrawal } from './itemRecords';

/**
 * 撤销: an item issued by mistake (the wrong unit, a matter entered twice) is withdrawn with a
 * reason. It leaves every open list and count and the year's figures, stays in the unit's
 * history as 已撤销, and its 督办通知单 is voided in the register with the same reason. An item
 * the office has verified as done cannot be withdrawn: its close-out is a record of work done.
 */
export const WITHDRAWAL_REASON_MAX_CHARS = 200;

export const withdrawalInputSchema = z.object({
  reason: z.string().trim().min(1).max(WITHDRAWAL_REASON_MAX_CHARS),
});
export type WithdrawalInput = z.input<typeof withdrawalInputSchema>;

/** Why this item cannot be withdrawn, or null. */
export function withdrawalRule(item: Pick<SupervisionItem, 'status'>): string | null {
  if (item.status === 'withdrawn') return 'item-withdrawn';
  if (item.status === 'closed' || item.status === 'archived') return 'item-verified-closed';
  return null;
}
