import { MeetingCadenceCard } from './MeetingCadenceCard';

/** On the Dashboard the cadence card links to the Meetings page. */
export function MeetingsDashboardCard() {
  return <MeetingCadenceCard withLink />;
}
