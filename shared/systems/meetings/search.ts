import MiniSearch, { type SearchResult } from 'minisearch';
import { chineseWords } from '../../core/common/chineseWords';
import type { Block } from '../../core/documents/model';
import type { IssuedDocument } from '../../core/documents/register';
import type { AgendaItem } from './topic';

/** One searchable text of System 1: a topic (with its proceedings) or an issued minutes. */
export interface MeetingSearchEntry {
  id: string;
  type: 'topic' | 'minutes';
  meetingId: string;
  meetingTitle: string;
  title: string;
  text: string;
}

export interface MeetingSearchHit {
  entry: MeetingSearchEntry;
  score: number;
  /** The words of the query that matched. */
  terms: string[];
}

/**
 * Full-text search over topics and minutes (Chinese): MiniSearch with Intl.Segmenter words, every
 * query word required (AND), prefix matches allowed (人才 finds 人才队伍). A year holds some six
 * meetings, so the index is built in memory when the search runs.
 */
export function buildMeetingSearch(
  entries: readonly MeetingSearchEntry[],
): (query: string, limit?: number) => MeetingSearchHit[] {
  const index = new MiniSearch<MeetingSearchEntry>({
    fields: ['title', 'text', 'meetingTitle'],
    storeFields: ['id'],
    tokenize: chineseWords,
    processTerm: (term) => term,
    searchOptions: { combineWith: 'AND', prefix: true, boost: { title: 2 } },
  });
  index.addAll(entries);
  const byId = new Map(entries.map((e) => [e.id, e]));
  return (query, limit = 50) => {
    if (!chineseWords(query).length) return [];
    return index
      .search(query)
      .slice(0, limit)
      .map((r: SearchResult) => ({ entry: byId.get(String(r.id))!, score: r.score, terms: r.queryTerms }));
  };
}

/** A stretch of text around the first match, for the result list. */
export function snippet(text: string, terms: readonly string[], width = 60): string {
  const at = Math.min(...terms.map((t) => text.toLowerCase().indexOf(t)).filter((i) => i >= 0), text.length);
  const start = Math.max(0, (at === text.length ? 0 : at) - Math.floor(width / 3));
  const part = text.slice(start, start + width);
  return `${start > 0 ? '…' : ''}${part}${start + width < text.length ? '…' : ''}`;
}

/** Everything said on a topic: its notes, what it conveyed, its documents and opinions, its proceedings. */
export function topicText(t: AgendaItem): string {
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

const blockText = (b: Block) =>
  b.type === 'table' ? b.rows.flat().join(' ') : b.type === 'list' ? b.items.join(' ') : b.text;

/** What the search looks in: every topic, and every minutes issued (not voided), each under its meeting. */
export function meetingSearchEntries(
  meetings: readonly { id: string; title: string }[],
  topics: readonly AgendaItem[],
  minutes: readonly IssuedDocument[],
): MeetingSearchEntry[] {
  const titles = new Map(meetings.map((m) => [m.id, m.title]));
  const entries: MeetingSearchEntry[] = topics
    .filter((t) => titles.has(t.meetingId))
    .map((t) => ({
      id: t.id,
      type: 'topic',
      meetingId: t.meetingId,
      meetingTitle: titles.get(t.meetingId)!,
      title: t.title,
      text: topicText(t),
    }));
  for (const doc of minutes) {
    const meetingId = doc.sourceId.replace(/^meetings:/, '');
    if (doc.kind !== 'minutes' || doc.status !== 'issued' || !titles.has(meetingId)) continue;
    const m = doc.document.minutes;
    entries.push({
      id: doc.id,
      type: 'minutes',
      meetingId,
      meetingTitle: titles.get(meetingId)!,
      title: `${doc.title}（${doc.number}）`,
      text: [...doc.document.body.map(blockText), ...(m ? [...m.present, ...m.onLeave, ...m.attending] : [])].join(
        '\n',
      ),
    });
  }
  return entries;
}
