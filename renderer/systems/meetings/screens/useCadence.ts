import { useLiveQuery } from 'dexie-react-hooks';
import { localDate } from '../../../../shared/core/common/localDate';
import { meetingCadence } from '../../../../shared/systems/meetings/cadence';
import { meetingsRepo } from '../data/meetingsRepo';

/** The two-monthly cadence (S1-4.1) as of today: the last meeting held, the next due, overdue or not. */
export function useCadence() {
  const inputs = useLiveQuery(() => meetingsRepo.cadenceInputs(), []);
  if (!inputs) return null;
  return {
    ...meetingCadence(inputs.last?.heldOn ?? null, inputs.nextPlanned?.plannedOn ?? null, localDate(new Date())),
    last: inputs.last,
    nextPlanned: inputs.nextPlanned,
  };
}
