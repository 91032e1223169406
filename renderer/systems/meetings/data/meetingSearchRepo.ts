import { type MeetingSearchEntry, meetingSearchEntries } from '../../../../shared/systems/meetings/search';
import { getDb } from '../../../core/data/db';
import { read } from '../../../core/data/write';

/** What System 1's full-text search looks in: every topic and every issued minutes (a few hundred a decade). */
export const meetingSearchRepo = {
  entries(): Promise<MeetingSearchEntry[]> {
    return read(async () => {
      const db = getDb();
      const [meetings, topics, minutes] = await Promise.all([
        db.meetings.toArray(),
        db.agendaItems.toArray(),
        db.documents.where('kind').equals('minutes').toArray(),
      ]);
      return meetingSearchEntries(meetings, topics, minutes);
    });
  },
};
