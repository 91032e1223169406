import { MeetingDetailPage } from './MeetingDetailPage';
import { MeetingListPage } from './MeetingListPage';

/** #/meetings lists the meetings; #/meetings/<id> opens one. */
export function MeetingsPage({ sub }: { sub: string }) {
  return sub ? <MeetingDetailPage meetingId={sub} /> : <MeetingListPage />;
}
