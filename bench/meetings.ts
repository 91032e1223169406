// System 1 figures for `npm run bench` (Node): a decade of sample meetings — topics and minutes —
// indexed for full-text search, and the queries an office worker types.
import { DEFAULT_OFFICE_SETTINGS } from '../shared/core/office/office';
import { buildMeetingSearch, meetingSearchEntries } from '../shared/systems/meetings/search';
import type { Meeting } from '../shared/systems/meetings/meeting';
import type { AgendaItem } from '../shared/systems/meetings/topic';
import type { IssuedDocument } from '../shared/core/documents/register';
import { generateRegistry } from '../renderer/systems/registry/sample/generateRegistry';
import { generateMeetings } from '../renderer/systems/meetings/sample/generateMeetings';

export interface MeetingsBenchResult {
  meetings: number;
  entries: number;
  generateMs: number;
  indexMedianMs: number;
  queryMedianMs: number;
  queryP95Ms: number;
}

const QUERIES = [
  '人才驿站',
  '牛庄镇 汇报',
  '人才公寓 房源',
  '高层次人才',
  '省委人才工作会议',
  '征求意见',
  '督查事项',
  '英才海城',
];
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const at = (xs: number[], q: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

/** Ten years of the sample office's meetings (about eight a year), as the search reads them. */
export function decadeOfMeetings() {
  const now = new Date('2026-11-25T10:00:00');
  const { units, people } = generateRegistry({ seed: 2026, unitCount: 400, peopleCount: 600, now });
  const meetings: Meeting[] = [];
  const topics: AgendaItem[] = [];
  const minutes: IssuedDocument[] = [];
  for (let y = 0; y < 10; y++) {
    const t = generateMeetings({
      seed: `2026/${y}`,
      now: new Date(now.getFullYear() - y, 10, 25, 10),
      units,
      people,
      office: DEFAULT_OFFICE_SETTINGS,
    });
    meetings.push(...(t.meetings as Meeting[]));
    topics.push(...(t.agendaItems as AgendaItem[]));
    minutes.push(...(t.documents as IssuedDocument[]).filter((d) => d.kind === 'minutes'));
  }
  return { meetings, topics, minutes };
}

export function benchMeetings(runs = 7, queryReps = 25): MeetingsBenchResult {
  let t = performance.now();
  const { meetings, topics, minutes } = decadeOfMeetings();
  const generateMs = performance.now() - t;
  const entries = meetingSearchEntries(meetings, topics, minutes);
  const index: number[] = [];
  let search = buildMeetingSearch(entries);
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    search = buildMeetingSearch(entries);
    index.push(performance.now() - t);
  }
  const query: number[] = [];
  for (let i = 0; i < queryReps; i++) {
    for (const q of QUERIES) {
      t = performance.now();
      search(q);
      query.push(performance.now() - t);
    }
  }
  return {
    meetings: meetings.length,
    entries: entries.length,
    generateMs,
    indexMedianMs: at(index, 0.5),
    queryMedianMs: at(query, 0.5),
    queryP95Ms: at(query, 0.95),
  };
}
