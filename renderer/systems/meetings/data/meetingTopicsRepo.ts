import {
  decisionDateRule,
  type LeaderDecisionInput,
  leaderDecisionInputSchema,
} from '../../../../shared/core/common/approval';
import { newId } from '../../../../shared/core/common/ids';
import { isLocalDate, localDate } from '../../../../shared/core/common/localDate';
import { AppError } from '../../../../shared/core/errors';
import { assertBeforeMeeting, assertTopicsEditable } from '../../../../shared/systems/meetings/gates';
import type { Meeting } from '../../../../shared/systems/meetings/meeting';
import {
  type AgendaItem,
  type DeliberationDocument,
  type TopicInput,
  topicInputSchema,
} from '../../../../shared/systems/meetings/topic';
import type { Unit } from '../../../../shared/systems/registry';
import { getDb } from '../../../core/data/db';
import { targetNamesAt } from './targetNames';
import { requireSession } from '../../../core/data/session';
import { loadMeeting } from './meetingsRepo';
import { validationError } from '../../../core/data/validation';
import { read, writeWithAudit } from '../../../core/data/write';

/** The office itself presents when no unit is named. */
const OFFICE_PRESENTER = '市人才办';

export async function loadTopic(id: string): Promise<AgendaItem> {
  const topic = await getDb().agendaItems.get(id);
  if (!topic) throw new AppError('not-found', { id });
  return topic;
}

function parseTopic(input: TopicInput) {
  const parsed = topicInputSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, 'meetings.fields');
  return parsed.data;
}

/** Unit names as of the meeting day; an unknown unit is refused. */
async function unitNames(ids: readonly string[], meeting: Meeting): Promise<{ unitId: string; unitName: string }[]> {
  const units = await getDb().units.bulkGet([...ids]);
  if (units.some((u) => !u)) throw new AppError('validation', { field: 'meetings.fields.unit', rule: 'unknown-unit' });
  const names = await targetNamesAt(units as Unit[], meeting.plannedOn);
  return units.map((u, i) => ({ unitId: u!.id, unitName: names[i] }));
}

/** The topic as the input describes it; documents already on it keep their consent and opinions. */
async function buildTopic(
  input: ReturnType<typeof parseTopic>,
  meeting: Meeting,
  prev: AgendaItem | null,
  order: number,
  now: Date,
): Promise<AgendaItem> {
  // 听取工作汇报: the reporting units present; the 主讲单位 applies to the other kinds only.
  const presenterUnitId = input.kind === 'progressReports' ? null : input.presenterUnitId;
  const reportingUnits = await unitNames(input.reportingUnitIds, meeting);
  const presenter = presenterUnitId
    ? (await unitNames([presenterUnitId], meeting))[0].unitName
    : input.kind === 'progressReports'
      ? reportingUnits.map((u) => u.unitName).join('、')
      : OFFICE_PRESENTER;
  const documents: DeliberationDocument[] = [...new Set(input.documentTitles)].map(
    (title) => prev?.documents.find((d) => d.title === title) ?? { id: newId(), title, consent: null, opinions: [] },
  );
  const { documentTitles: _d, reportingUnitIds: _r, presenterUnitId: _p, ...fields } = input;
  return {
    id: prev?.id ?? newId(),
    meetingId: meeting.id,
    order,
    ...fields,
    presenterUnitId,
    presenterName: presenter,
    reportingUnits,
    documents,
    proceedings: prev?.proceedings ?? null,
    reports: prev?.reports ?? [],
    inviteeOpinions: prev?.inviteeOpinions ?? [],
    createdAt: prev?.createdAt ?? now.toISOString(),
    updatedAt: now.toISOString(),
    isSample: prev?.isSample ?? 0,
  };
}

/** Changes one deliberation document of a topic, before the meeting. */
async function changeDocument(
  topicId: string,
  documentId: string,
  change: (d: DeliberationDocument, meeting: Meeting) => Promise<DeliberationDocument> | DeliberationDocument,
  now: Date,
): Promise<AgendaItem> {
  const db = getDb();
  return writeWithAudit([db.agendaItems, db.meetings, db.units], async (audit) => {
    const topic = await loadTopic(topicId);
    const meeting = await loadMeeting(topic.meetingId);
    assertBeforeMeeting(meeting);
    const doc = topic.documents.find((d) => d.id === documentId);
    if (!doc) throw new AppError('not-found', { id: documentId });
    const changed = await change(doc, meeting);
    const next: AgendaItem = {
      ...topic,
      documents: topic.documents.map((d) => (d.id === documentId ? changed : d)),
      updatedAt: now.toISOString(),
    };
    await db.agendaItems.put(next);
    await audit('topics', topicId, 'update', { document: doc }, { document: changed });
    return next;
  });
}

export const meetingTopicsRepo = {
  /** 提出议题 (S1-3.1): while the meeting is being prepared. */
  async add(meetingId: string, input: TopicInput, now = new Date()): Promise<AgendaItem> {
    const valid = parseTopic(input);
    const db = getDb();
    return writeWithAudit([db.agendaItems, db.meetings, db.units], async (audit) => {
      const meeting = await loadMeeting(meetingId);
      assertTopicsEditable(meeting);
      const count = await db.agendaItems.where('meetingId').equals(meetingId).count();
      const topic = await buildTopic(valid, meeting, null, count + 1, now);
      await db.agendaItems.add(topic);
      await audit('topics', topic.id, 'create', null, topic);
      return topic;
    });
  },

  async update(id: string, input: TopicInput, now = new Date()): Promise<AgendaItem> {
    const valid = parseTopic(input);
    const db = getDb();
    return writeWithAudit([db.agendaItems, db.meetings, db.units], async (audit) => {
      const prev = await loadTopic(id);
      const meeting = await loadMeeting(prev.meetingId);
      assertTopicsEditable(meeting);
      const topic = await buildTopic(valid, meeting, prev, prev.order, now);
      await db.agendaItems.put(topic);
      await audit('topics', id, 'update', prev, topic);
      return topic;
    });
  },

  /** Removes a proposed topic; the others close up the agenda. */
  async remove(id: string): Promise<void> {
    const db = getDb();
    await writeWithAudit([db.agendaItems, db.meetings, db.attachments], async (audit) => {
      const topic = await loadTopic(id);
      assertTopicsEditable(await loadMeeting(topic.meetingId));
      await db.agendaItems.delete(id);
      await db.attachments.where('[ownerType+ownerId]').equals(['agendaItems', id]).delete();
      const rest = (await db.agendaItems.where('meetingId').equals(topic.meetingId).toArray()).sort(
        (a, b) => a.order - b.order,
      );
      for (const [i, t] of rest.entries()) if (t.order !== i + 1) await db.agendaItems.put({ ...t, order: i + 1 });
      await audit('topics', id, 'delete', topic, null);
    });
  },

  /** Moves a topic up or down the agenda while preparing. */
  async move(id: string, direction: -1 | 1): Promise<void> {
    const db = getDb();
    await writeWithAudit([db.agendaItems, db.meetings], async (audit) => {
      const topic = await loadTopic(id);
      assertTopicsEditable(await loadMeeting(topic.meetingId));
      const all = (await db.agendaItems.where('meetingId').equals(topic.meetingId).toArray()).sort(
        (a, b) => a.order - b.order,
      );
      const i = all.findIndex((t) => t.id === id);
      const other = all[i + direction];
      if (!other) return;
      await db.agendaItems.bulkPut([
        { ...topic, order: other.order },
        { ...other, order: topic.order },
      ]);
      await audit('topics', id, 'update', { order: topic.order }, { order: other.order });
    });
  },

  /** 组长同意: the leader's consent to a document put to the meeting, from the signed slip (S1-4.2). */
  async recordConsent(
    topicId: string,
    documentId: string,
    input: LeaderDecisionInput,
    now = new Date(),
  ): Promise<AgendaItem> {
    const parsed = leaderDecisionInputSchema.safeParse(input);
    if (!parsed.success) throw validationError(parsed.error);
    // The document put to the meeting is a draft, not one the office issued: today bounds the date.
    const rule = decisionDateRule(parsed.data.on, localDate(now));
    if (rule) throw new AppError('validation', { field: 'on', rule });
    const session = requireSession();
    return changeDocument(
      topicId,
      documentId,
      (d) => ({ ...d, consent: { ...parsed.data, recordedBy: session.displayName, recordedAt: now.toISOString() } }),
      now,
    );
  },

  /** 征求意见: the document went to these units on `askedOn` (units already asked keep their answer). */
  async askOpinions(
    topicId: string,
    documentId: string,
    unitIds: string[],
    askedOn: string,
    now = new Date(),
  ): Promise<AgendaItem> {
    if (!isLocalDate(askedOn))
      throw new AppError('validation', { field: 'meetings.fields.askedOn', rule: 'invalid_format' });
    if (unitIds.length === 0)
      throw new AppError('validation', { field: 'meetings.fields.opinionUnits', rule: 'required' });
    return changeDocument(
      topicId,
      documentId,
      async (d, meeting) => {
        const asked = new Set(d.opinions.map((o) => o.unitId));
        const added = (
          await unitNames(
            unitIds.filter((id) => !asked.has(id)),
            meeting,
          )
        ).map((u) => ({ ...u, askedOn, answeredOn: null, opinion: '' }));
        return { ...d, opinions: [...d.opinions, ...added] };
      },
      now,
    );
  },

  /** A unit's answer: the day and the opinion (empty = 无意见). */
  async recordOpinion(
    topicId: string,
    documentId: string,
    unitId: string,
    answer: { answeredOn: string; opinion: string },
    now = new Date(),
  ): Promise<AgendaItem> {
    if (!isLocalDate(answer.answeredOn))
      throw new AppError('validation', { field: 'meetings.fields.answeredOn', rule: 'invalid_format' });
    if (answer.opinion.length > 2000)
      throw new AppError('validation', { field: 'meetings.fields.opinion', rule: 'too_big', max: 2000, of: 'string' });
    return changeDocument(
      topicId,
      documentId,
      (d) => {
        if (!d.opinions.some((o) => o.unitId === unitId)) throw new AppError('not-found', { id: unitId });
        return {
          ...d,
          opinions: d.opinions.map((o) =>
            o.unitId === unitId ? { ...o, answeredOn: answer.answeredOn, opinion: answer.opinion.trim() } : o,
          ),
        };
      },
      now,
    );
  },

  listByMeeting(meetingId: string): Promise<AgendaItem[]> {
    return read(async () =>
      (await getDb().agendaItems.where('meetingId').equals(meetingId).toArray()).sort((a, b) => a.order - b.order),
    );
  },
};
