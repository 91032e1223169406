import { addDays } from '../../../../shared/core/common/localDate';
import {
  answer,
  callBack,
  closeLoop,
  cellKeysOf,
  forward,
  newLoop,
  openLoopKey,
  ratedCellsOfRecord,
  type EvaluationRecord,
  type EventKind,
  type HotlineLoop,
  type Rating,
  type RecordChannel,
} from '../../../../shared/systems/evaluation';
import type { Random } from '../../../core/sample/random';
import { ANSWERS, BAD_WORDS, BOX_NOTES, EVENT_TITLES, GOOD_WORDS, HOTLINE_ASKS, TALK_POINTS } from './phrases';

export interface SampleWorld {
  rng: Random;
  today: string;
  /** Evaluated units and how well each serves (0 = best grade most likely … 4). */
  units: Array<{ id: string; quality: number }>;
  talentIds: string[];
  staff: string[];
}

/** A grade near the unit's quality: most talents agree, a few are kinder or harsher. */
export function gradeFor(world: SampleWorld, quality: number): number {
  const spread = world.rng.weighted([
    [-1, 2],
    [0, 5],
    [1, 2],
  ] as const);
  return Math.max(0, Math.min(4, quality + spread));
}

function ratingsFor(world: SampleWorld, unitIds: string[], contentIds: string[]): Rating[] {
  return unitIds.flatMap((unitId) =>
    contentIds.map((contentId) => {
      const grade = gradeFor(world, world.units.find((u) => u.id === unitId)!.quality);
      const words = grade >= 3 ? BAD_WORDS : GOOD_WORDS;
      return { unitId, contentId, grade, opinion: world.rng.chance(0.5) ? world.rng.pick(words) : '' };
    }),
  );
}

/** The closed loop as far as an entry of that age has got: recent ones still wait at a step. */
function loopFor(world: SampleWorld, on: string, unitId: string, canCallBack: boolean): HotlineLoop {
  const { rng, today } = world;
  const age = Math.round((Date.parse(today) - Date.parse(on)) / 86_400_000);
  const staff = rng.pick(world.staff);
  let loop = newLoop();
  if (age < 2) return loop;
  loop = forward(loop, { on: addDays(on, 1), unitId, note: '请核实办理并及时答复', by: staff });
  if (age < 6) return loop;
  loop = answer(loop, { on: addDays(on, 5), text: rng.pick(ANSWERS), by: staff });
  if (!canCallBack) return closeLoop(loop, { on: addDays(on, 6), by: staff, reason: '匿名来信，已在工作站公示栏答复' });
  if (age < 10 || rng.chance(0.08)) return loop; // 待回访
  const quality = world.units.find((u) => u.id === unitId)!.quality;
  if (quality >= 3 && rng.chance(0.6)) {
    loop = callBack(loop, { on: addDays(on, 7), by: staff, grade: 3, opinion: '问题没有解决' });
    if (age < 16) return loop;
    loop = answer(loop, { on: addDays(on, 14), text: '已再次协调，问题已解决', by: staff });
  }
  return callBack(loop, { on: addDays(on, age < 16 ? 8 : 15), by: staff, grade: rng.pick([0, 1, 1, 2]), opinion: '' });
}

const COUNTS: Record<RecordChannel, number> = { hotline: 48, box: 14, talk: 26, visit: 20, phone: 30, event: 8 };

/** A year of records in every channel, dated back from today; the hotline's loops at every step. */
export function sampleRecords(world: SampleWorld): EvaluationRecord[] {
  const { rng, today } = world;
  const out: EvaluationRecord[] = [];
  for (const channel of Object.keys(COUNTS) as RecordChannel[])
    for (let i = 0; i < COUNTS[channel]; i++) {
      const on = addDays(today, -Math.floor((i / COUNTS[channel]) * 350) - rng.int(0, 6));
      const unitIds = rng
        .shuffle(world.units)
        .slice(0, channel === 'event' ? 3 : 1)
        .map((u) => u.id);
      const isLoop = channel === 'hotline' || channel === 'box';
      const eventKind =
        channel === 'event' ? rng.pick(['seminar', 'salon', 'symposium', 'forum'] as EventKind[]) : undefined;
      const attendees = eventKind ? rng.shuffle(world.talentIds).slice(0, 6) : [];
      const record: EvaluationRecord = {
        id: rng.uuid(),
        channel,
        on,
        staffName: rng.pick(world.staff),
        talentId: channel === 'box' || rng.chance(0.2) ? null : rng.pick(world.talentIds),
        contact: channel === 'box' && rng.chance(0.4) ? `139${rng.int(10000000, 99999999)}` : '',
        ...(eventKind ? { eventKind } : {}),
        title: eventKind ? rng.pick(EVENT_TITLES[eventKind]) : '',
        attendeeIds: attendees,
        attendeeCount: eventKind ? attendees.length + rng.int(10, 40) : 0,
        summary: isLoop ? rng.pick(channel === 'box' ? BOX_NOTES : HOTLINE_ASKS) : rng.pick(TALK_POINTS),
        unitIds,
        contentIds: isLoop ? ['performance'] : [],
        ratings: isLoop
          ? []
          : ratingsFor(world, unitIds, rng.chance(0.5) ? ['policy', 'performance'] : ['performance']),
        secrecy: 'internal',
        cellKeys: [],
        createdBy: '示例数据',
        isSample: 1,
      };
      if (channel === 'hotline' && !record.talentId) record.contact = `138${rng.int(10000000, 99999999)}`;
      if (isLoop) record.loop = loopFor(world, on, unitIds[0], !!(record.talentId || record.contact));
      record.cellKeys = cellKeysOf(ratedCellsOfRecord(record));
      const key = openLoopKey(record.loop, record.on, record.id);
      if (key) record.openLoopKey = key;
      out.push(record);
    }
  return out;
}
