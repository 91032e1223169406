import { z } from 'zod';
import { isLocalDate, type LocalDate } from '../../core/common/localDate';
import { CONTENT_CATEGORIES, type NewSupervisionItem } from '../supervision';
import { matterText, replyByRule, requirementText } from '../supervision';
import type { AgendaItem } from './topic';

/**
 * 部署重点任务: a key task the meeting deploys (S1-1.3, S1-3.3). It becomes one supervision item
 * per responsible unit, sharing a task id, linked to the meeting and the topic (System 2 tracks
 * them to close-out).
 */
export const taskInputSchema = z
  .object({
    category: z.enum(CONTENT_CATEGORIES),
    // System 2's limits: each item gets a 督办通知单 that must hold them on one page.
    matter: matterText,
    requirement: requirementText,
    unitIds: z.array(z.string()).min(1, { message: 'meetings.rules.taskNeedsUnits' }).max(200),
    dueOn: z.string().refine(isLocalDate, { message: 'invalid_format' }),
    /** 反馈时限; empty = the deadline. */
    replyBy: z.string().refine((v) => v === '' || isLocalDate(v), { message: 'invalid_format' }),
  })
  // 反馈时限 on or before the deadline (System 2's rule: the slip may not ask for a reply after it).
  .superRefine((task, ctx) => replyByRule(task, ctx));
export type TaskInput = z.input<typeof taskInputSchema>;

/** One draft per responsible unit; the task's secrecy is its topic's. */
export function taskItemDrafts(
  task: z.output<typeof taskInputSchema>,
  topic: Pick<AgendaItem, 'id' | 'meetingId' | 'secrecy'>,
  taskId: string,
  isSample: 0 | 1 = 0,
): NewSupervisionItem[] {
  const unitIds = [...new Set(task.unitIds)];
  return unitIds.map((unitId) => ({
    taskId,
    source: 'meeting',
    meetingId: topic.meetingId,
    topicId: topic.id,
    category: task.category,
    matter: task.matter,
    requirement: task.requirement,
    unitId,
    dueOn: task.dueOn,
    replyBy: task.replyBy || task.dueOn,
    secrecy: topic.secrecy,
    isSample,
  }));
}

/** Tasks as the meeting screen and the minutes show them: items grouped by task id. */
export interface DeployedTask {
  taskId: string;
  topicId: string | undefined;
  matter: string;
  requirement: string;
  dueOn: LocalDate;
  unitIds: string[];
  itemIds: string[];
}

export function groupTasks(
  items: readonly {
    id: string;
    taskId: string;
    topicId?: string;
    matter: string;
    requirement: string;
    dueOn: string;
    unitId: string;
  }[],
): DeployedTask[] {
  const tasks = new Map<string, DeployedTask>();
  for (const item of items) {
    const task = tasks.get(item.taskId) ?? {
      taskId: item.taskId,
      topicId: item.topicId,
      matter: item.matter,
      requirement: item.requirement,
      dueOn: item.dueOn,
      unitIds: [],
      itemIds: [],
    };
    task.unitIds.push(item.unitId);
    task.itemIds.push(item.id);
    tasks.set(item.taskId, task);
  }
  return [...tasks.values()];
}

/**
 * Tasks in agenda order and, within a topic, in the order deployed; each task's units in registry
 * order (`unitOrder`: unit ids sorted as the registry lists them).
 */
export function orderTasks<T extends DeployedTask>(
  tasks: readonly T[],
  topics: readonly Pick<AgendaItem, 'id' | 'order' | 'taskIds'>[],
  unitOrder: readonly string[] = [],
): T[] {
  const rank = new Map(unitOrder.map((id, i) => [id, i]));
  const position = (task: DeployedTask) => {
    const topic = topics.find((t) => t.id === task.topicId);
    return [topic?.order ?? Number.MAX_SAFE_INTEGER, topic?.taskIds?.indexOf(task.taskId) ?? 0];
  };
  const byUnit = (a: string, b: string) =>
    (rank.get(a) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b) ?? Number.MAX_SAFE_INTEGER);
  return [...tasks]
    .sort((a, b) => {
      const [pa, ia] = position(a);
      const [pb, ib] = position(b);
      return pa - pb || ia - ib;
    })
    .map((task) => {
      const pairs = task.unitIds.map((u, i) => [u, task.itemIds[i]] as const).sort(([a], [b]) => byUnit(a, b));
      return { ...task, unitIds: pairs.map(([u]) => u), itemIds: pairs.map(([, i]) => i) };
    });
}
