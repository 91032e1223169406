import { useLiveQuery } from 'dexie-react-hooks';
import { localDate } from '../../../../shared/core/common/localDate';
import { targetNameAt } from '../../../../shared/systems/meetings/targets';
import { meetingAttendanceRepo } from '../data/meetingAttendanceRepo';
import { meetingDocumentsRepo } from '../data/meetingDocumentsRepo';
import { meetingMaterialsRepo } from '../data/meetingMaterialsRepo';
import { meetingProceedingsRepo } from '../data/meetingProceedingsRepo';
import { meetingsRepo } from '../data/meetingsRepo';
import { meetingTopicsRepo } from '../data/meetingTopicsRepo';
import { unitsRepo } from '../../registry';

/** Everything the meeting screen shows, each part a live query that re-reads after a write. */
export function useMeetingData(meetingId: string) {
  const meeting = useLiveQuery(() => meetingsRepo.get(meetingId), [meetingId]);
  const topics = useLiveQuery(() => meetingTopicsRepo.listByMeeting(meetingId), [meetingId]);
  const attendance = useLiveQuery(() => meetingAttendanceRepo.listByMeeting(meetingId), [meetingId]);
  const items = useLiveQuery(() => meetingProceedingsRepo.itemsOf(meetingId), [meetingId]);
  const documents = useLiveQuery(() => meetingDocumentsRepo.issuedFor(meetingId), [meetingId]);
  const topicIds = (topics ?? []).map((t) => t.id).join(',');
  const materials = useLiveQuery(() => meetingMaterialsRepo.listFor(topicIds ? topicIds.split(',') : []), [topicIds]);
  return {
    meeting,
    topics: topics ?? [],
    attendance: attendance ?? [],
    items: items ?? [],
    documents: documents ?? [],
    materials: materials ?? [],
    isLoaded: meeting !== undefined && topics !== undefined,
  };
}

export type MeetingData = ReturnType<typeof useMeetingData>;

/** Member units, towns and zones (the units meetings invite, ask and task), active ones, in registry order. */
export function useMeetingUnits() {
  const units = useLiveQuery(() => unitsRepo.listAll(), []);
  return (units ?? []).filter((u) => u.kind !== 'village' && u.isActive === 1);
}

/**
 * Every unit's name by id, deactivated units included and villages with their town (tasks name the
 * unit they went to).
 */
export function useUnitNames(): (id: string) => string {
  const units = useLiveQuery(() => unitsRepo.listAll(), []);
  const byId = new Map((units ?? []).map((u) => [u.id, u]));
  const today = localDate(new Date());
  return (id) => {
    const unit = byId.get(id);
    return unit ? targetNameAt(unit, byId, today) : id;
  };
}
