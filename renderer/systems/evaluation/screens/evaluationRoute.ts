import type { RecordChannel } from '../../../../shared/systems/evaluation';

/**
 * Where in System 4 the user is: the part of the address after #/evaluation/.
 *   channels.<channel> | channels.<channel>.<loopStatus> | questionnaires | questionnaires.pending | questionnaire.<id>
 *   record.<id> (one record, over its channel's list)
 *   entry.<id> | second.<id> | results | results.<year> | reminders | reminders.<id>
 */
export type EvaluationPlace =
  | { page: 'channels'; channel: RecordChannel; loop?: string }
  | { page: 'questionnaires'; pending?: boolean }
  | { page: 'questionnaire'; id: string }
  | { page: 'record'; id: string }
  | { page: 'entry'; id: string; isSecond: boolean }
  | { page: 'results'; year?: number }
  | { page: 'reminders'; id?: string };

const CHANNELS: readonly string[] = ['hotline', 'box', 'talk', 'visit', 'phone', 'event'];

export function parsePlace(sub: string): EvaluationPlace {
  const [page, a, b] = sub.split('.');
  if (page === 'questionnaires') return { page, ...(a === 'pending' ? { pending: true } : {}) };
  if (page === 'questionnaire' && a) return { page, id: a };
  if (page === 'record' && a) return { page, id: a };
  if ((page === 'entry' || page === 'second') && a) return { page: 'entry', id: a, isSecond: page === 'second' };
  if (page === 'results') return { page, ...(/^\d{4}$/.test(a ?? '') ? { year: Number(a) } : {}) };
  if (page === 'reminders') return { page, ...(a ? { id: a } : {}) };
  const channel = (CHANNELS.includes(a ?? '') ? a : 'hotline') as RecordChannel;
  return { page: 'channels', channel, ...(b ? { loop: b } : {}) };
}

export function placeSub(place: EvaluationPlace): string {
  switch (place.page) {
    case 'questionnaire':
      return `questionnaire.${place.id}`;
    case 'record':
      return `record.${place.id}`;
    case 'entry':
      return `${place.isSecond ? 'second' : 'entry'}.${place.id}`;
    case 'results':
      return place.year ? `results.${place.year}` : 'results';
    case 'questionnaires':
      return place.pending ? 'questionnaires.pending' : 'questionnaires';
    case 'reminders':
      return place.id ? `reminders.${place.id}` : 'reminders';
    case 'channels':
      return `channels.${place.channel}${place.loop ? `.${place.loop}` : ''}`;
  }
}
