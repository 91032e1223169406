import type { SystemId, TodayReader, TodayTask } from '../manifest';
import { installedSystems } from '../plugin/installed';

export interface LoadedTask {
  system: SystemId;
  task: TodayTask;
  reader: TodayReader;
}

export interface TaskCount extends LoadedTask {
  count: number;
}

/** Every installed system's Today lines, in their order, each loaded from its system. */
export async function loadTodayTasks(): Promise<LoadedTask[]> {
  const tasks = installedSystems()
    .flatMap((s) => (s.today ?? []).map((task) => ({ system: s.id, task })))
    .sort((a, b) => a.task.order - b.task.order);
  const readers = await Promise.all(tasks.map((t) => t.task.load()));
  return tasks.map((t, i) => ({ ...t, reader: readers[i] }));
}

/** Each line's count, by the system's own query. */
export async function countToday(tasks: readonly LoadedTask[], today: string): Promise<TaskCount[]> {
  const counts = await Promise.all(tasks.map((t) => t.reader.count(today)));
  return tasks.map((t, i) => ({ ...t, count: counts[i] }));
}
