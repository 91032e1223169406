import { refuse } from './refusals';

/**
 * One topic does not deploy the same matter to the same unit twice (S1-3.3: each deployed task is
 * one supervision item per unit, tracked to close-out; a second one would be chased twice). The
 * matter is compared as staff would read it: spaces and full-width/half-width punctuation aside.
 */
export function sameMatter(a: string, b: string): boolean {
  return matterKey(a) === matterKey(b);
}

function matterKey(matter: string): string {
  return matter
    .normalize('NFKC')
    .replace(/[\s。．.，,；;：:、！!？?“”"‘’'（）()]/g, '')
    .toLowerCase();
}

/**
 * Refuses (meetings.refusals.taskDuplicate) when a task being deployed repeats a matter already
 * deployed to one of its units for this topic, or two tasks in the same save do so.
 */
export function assertNoDuplicateTasks(
  tasks: readonly { matter: string; unitIds: readonly string[] }[],
  deployed: readonly { matter: string; unitId: string }[],
  unitName: (id: string) => string,
): void {
  const seen = deployed.map((d) => ({ matter: d.matter, unitId: d.unitId }));
  for (const task of tasks) {
    const repeated = [...new Set(task.unitIds)].filter((unitId) =>
      seen.some((s) => s.unitId === unitId && sameMatter(s.matter, task.matter)),
    );
    if (repeated.length > 0)
      throw refuse('taskDuplicate', { matter: task.matter.trim(), units: repeated.map(unitName).join('、') });
    seen.push(...task.unitIds.map((unitId) => ({ matter: task.matter, unitId })));
  }
}
