import type { Meeting } from '../../../shared/systems/meetings/meeting';
import type { AgendaItem } from '../../../shared/systems/meetings/topic';
import { entryKey, searchSource } from '../../../shared/core/search/source';

/** Meetings: by title, date, place, chair, what to prepare, the circulation and a cancellation's reason. */
export const meetingSearch = searchSource<Meeting>({
  table: 'meetings',
  kinds: ['meeting'],
  refOf: (m) => ({ name: m.title, secrecy: m.secrecy }),
  toEntries: (m) => [
    {
      key: entryKey('meetings', m.id),
      kind: 'meeting',
      title: m.title,
      subtitle: `${m.plannedOn} ${m.place}`,
      fields: [
        m.chair,
        m.toPrepare,
        ...m.circulations.flatMap((c) => [c.means, c.unitNames.join('、')]),
        m.cancellation?.reason,
      ],
      secrecy: m.secrecy,
      route: `meetings/${m.id}`,
      order: m.plannedOn,
    },
  ],
});

/** Topics: everything said on them — notes, documents and opinions, reports, proceedings — under their meeting. */
export const topicSearch = searchSource<AgendaItem>({
  table: 'agendaItems',
  kinds: ['topic'],
  toEntries: (t, lookup) => {
    const p = t.proceedings;
    return [
      {
        key: entryKey('agendaItems', t.id),
        kind: 'topic',
        title: t.title,
        subtitle: lookup('meetings', t.meetingId)?.name,
        fields: [
          t.summary,
          t.sourceDocument,
          t.presenterName,
          ...t.reportingUnits.map((u) => u.unitName),
          ...t.documents.flatMap((d) => [d.title, ...d.opinions.map((o) => `${o.unitName} ${o.opinion}`)]),
          p?.reported,
          p?.problems,
          p?.resolvers,
          p?.decisions,
          ...t.reports.flatMap((r) => [r.unitName, r.progress, r.plan, r.problems, r.resolver]),
          ...t.inviteeOpinions.flatMap((o) => [o.name, o.opinion, o.followUp]),
        ],
        secrecy: t.secrecy,
        route: `meetings/${t.meetingId}`,
        order: t.createdAt,
      },
    ];
  },
});
