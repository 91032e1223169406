import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { assertNoDuplicateTasks, sameMatter } from './taskDuplicates';

const names: Record<string, string> = { edu: '海城市教育局', fin: '海城市财政局', nz: '牛庄镇' };
const unitName = (id: string) => names[id] ?? id;

function refusal(step: () => void): { reason: string; matter?: string; units?: string } | null {
  try {
    step();
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.params as { reason: string; matter?: string; units?: string };
    throw error;
  }
}

describe('deploying the same matter twice for one topic', () => {
  const deployed = [
    { matter: '推进人才驿站建设', unitId: 'edu' },
    { matter: '推进人才驿站建设', unitId: 'fin' },
  ];

  it('refuses the same matter to a unit that already has it, naming the units', () => {
    expect(
      refusal(() =>
        assertNoDuplicateTasks([{ matter: '推进人才驿站建设。', unitIds: ['nz', 'fin'] }], deployed, unitName),
      ),
    ).toEqual({ reason: 'meetings.refusals.taskDuplicate', matter: '推进人才驿站建设。', units: '海城市财政局' });
  });

  it('lets the same matter go to a unit that does not have it yet, and another matter to the same unit', () => {
    expect(
      refusal(() => assertNoDuplicateTasks([{ matter: '推进人才驿站建设', unitIds: ['nz'] }], deployed, unitName)),
    ).toBeNull();
    expect(
      refusal(() => assertNoDuplicateTasks([{ matter: '开展人才政策宣讲', unitIds: ['edu'] }], deployed, unitName)),
    ).toBeNull();
  });

  it('refuses two tasks of one save giving the same matter to the same unit', () => {
    const tasks = [
      { matter: '开展人才政策宣讲', unitIds: ['edu', 'nz'] },
      { matter: '开展人才政策宣讲 ', unitIds: ['nz'] },
    ];
    expect(refusal(() => assertNoDuplicateTasks(tasks, [], unitName))?.units).toBe('牛庄镇');
  });

  it('reads a matter the way staff do: spaces and full- or half-width punctuation aside', () => {
    expect(sameMatter('推进“人才驿站”建设', '推进"人才驿站"建设 ')).toBe(true);
    expect(sameMatter('推进人才驿站建设', '推进人才公寓建设')).toBe(false);
  });
});
