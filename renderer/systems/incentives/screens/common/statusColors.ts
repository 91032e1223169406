import type { ClaimStatus } from '../../../../../shared/systems/incentives/claim';
import type { RoundStatus } from '../../../../../shared/systems/incentives/round';

export const ROUND_STATUS_COLORS: Record<RoundStatus, string> = {
  open: 'blue',
  submitted: 'yellow',
  approved: 'green',
  rejected: 'gray',
};

export const CLAIM_STATUS_COLORS: Record<ClaimStatus, string> = {
  received: 'blue',
  reviewed: 'cyan',
  awarded: 'green',
  notAwarded: 'gray',
  revoked: 'red',
};
