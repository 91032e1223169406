import type { Block } from '../../../shared/documents/model';
import type { MeetingSearchEntry } from '../../../shared/domain/meetings/search';
import type { AgendaItem } from '../../../shared/domain/meetings/topic';
import { getDb } from '../db';
import { read } from './write';

function topicText(t: AgendaItem): string {
  const p = t.proceedings;
  return [
    t.summary,
    t.sourceDocument,
    t.presenterName,
    ...t.reportingUnits.map((u) => u.unitName),
    ...t.documents.map((d) => d.title),
    ...t.documents.flatMap((d) => d.opinions.map((o) => o.opinion)),
    p?.reported,
    p?.problems,
    p?.resolvers,
    p?.decisions,
    ...t.reports.flatMap((r) => [r.progress, r.plan, r.problems, r.resolver]),
    ...t.inviteeOpinions.flatMap((o) => [o.name, o.opinion, o.followUp]),
  ]
    .filter(Boolean)
    .join('\n');
}

const blockText = (b: Block) => (b.type === 'table' ? b.rows.flat().join(' ') : b.type === 'list' ? b.items.join(' ') : b.text);

/** What System 1's full-text search looks in: every topic and every issued minutes. */
export const meetingSearchRepo = {
  entries(): Promise<MeetingSearchEntry[]> {
    return read(async () => {
      const db = getDb();
      const [meetings, topics, minutes] = await Promise.all([db.meetings.toArray(), db.agendaItems.toArray(), db.documents.where('kind').equals('minutes').toArray()]);
      const titles = new Map(meetings.map((m) => [m.id, m.title]));
      const entries: MeetingSearchEntry[] = topics.filter((t) => titles.has(t.meetingId)).map((t) => ({ id: t.id, type: 'topic', meetingId: t.meetingId, meetingTitle: titles.get(t.meetingId)!, title: t.title, text: topicText(t) }));
      for (const doc of minutes) {
        const meetingId = doc.sourceId.replace(/^meetings:/, '');
        if (doc.status !== 'issued' || !titles.has(meetingId)) continue;
        const m = doc.document.minutes;
        entries.push({ id: doc.id, type: 'minutes', meetingId, meetingTitle: titles.get(meetingId)!, title: `${doc.title}（${doc.number}）`, text: [...doc.document.body.map(blockText), ...(m ? [...m.present, ...m.onLeave, ...m.attending] : [])].join('\n') });
      }
      return entries;
    });
  },
};
