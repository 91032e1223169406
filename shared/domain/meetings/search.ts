import MiniSearch, { type SearchResult } from 'minisearch';
import { chineseWords } from '../common/chineseWords';

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
export function buildMeetingSearch(entries: readonly MeetingSearchEntry[]): (query: string, limit?: number) => MeetingSearchHit[] {
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
