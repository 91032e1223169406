import type { CheckStatus } from '../../../../shared/systems/supervision/check';

export const CHECK_STATUS_COLORS: Record<CheckStatus, string> = {
  draft: 'gray',
  submitted: 'yellow',
  approved: 'blue',
  rejected: 'red',
  underway: 'orange',
  completed: 'green',
};
