import type { ItemStatus } from '../../../../../shared/systems/supervision/item';

/** Status badge colours; deadline colours (yellow 临期, red 逾期) stay with DeadlineBadge. */
export const STATUS_COLORS: Record<ItemStatus, string> = {
  open: 'orange',
  replied: 'blue',
  closed: 'green',
  archived: 'teal',
  withdrawn: 'gray',
};
