import type { Answers, Slot } from './slots';

/**
 * Keyed entry of one return, keyboard only: the cursor walks the slots in print order. On a grade
 * slot a digit 1 … n (the box's position on the form, 1 = 非常满意) records it and moves on; 0 or
 * the space bar leaves it blank and moves on. A single choice takes its option's digit the same
 * way; a multiple choice toggles digits and Enter moves on; a text slot takes typed text and Enter.
 * Backspace and the left arrow go back a slot, the right arrow forward. A 40-item return is 40 keys.
 */
export interface EntryCursor {
  index: number;
  answers: Answers;
}

export function startEntry(answers: Answers = {}): EntryCursor {
  return { index: 0, answers: { ...answers } };
}

function moveTo(cursor: EntryCursor, index: number, slots: readonly Slot[]): EntryCursor {
  return { ...cursor, index: Math.max(0, Math.min(slots.length, index)) };
}

function withAnswer(cursor: EntryCursor, key: string, value: Answers[string] | undefined): Answers {
  const answers = { ...cursor.answers };
  if (value === undefined) delete answers[key];
  else answers[key] = value;
  return answers;
}

/** The cursor after one key (KeyboardEvent.key). Keys that mean nothing here change nothing. */
export function pressKey(slots: readonly Slot[], gradeCount: number, cursor: EntryCursor, key: string): EntryCursor {
  const slot = slots[cursor.index];
  if (key === 'Backspace' || key === 'ArrowLeft' || key === 'ArrowUp') return moveTo(cursor, cursor.index - 1, slots);
  if (key === 'ArrowRight' || key === 'ArrowDown') return moveTo(cursor, cursor.index + 1, slots);
  if (!slot) return cursor;
  const digit = /^[0-9]$/.test(key) ? Number(key) : key === ' ' ? 0 : null;
  if (slot.kind === 'grade' || slot.kind === 'single') {
    const limit = slot.kind === 'grade' ? gradeCount : slot.options.length;
    if (digit === null || digit > limit) return cursor;
    const answers = withAnswer(cursor, slot.key, digit === 0 ? undefined : digit - 1);
    return { index: cursor.index + 1, answers };
  }
  if (slot.kind === 'multiple') {
    if (key === 'Enter') return moveTo(cursor, cursor.index + 1, slots);
    if (digit === null || digit === 0 || digit > slot.options.length) return cursor;
    const chosen = new Set(Array.isArray(cursor.answers[slot.key]) ? (cursor.answers[slot.key] as number[]) : []);
    if (chosen.has(digit - 1)) chosen.delete(digit - 1);
    else if (chosen.size < slot.maxChoices) chosen.add(digit - 1);
    const value = [...chosen].sort((a, b) => a - b);
    return { ...cursor, answers: withAnswer(cursor, slot.key, value.length ? value : undefined) };
  }
  return key === 'Enter' ? moveTo(cursor, cursor.index + 1, slots) : cursor;
}

/** Text typed into a text slot (empty leaves it blank). */
export function typeText(slots: readonly Slot[], cursor: EntryCursor, text: string): EntryCursor {
  const slot = slots[cursor.index];
  if (slot?.kind !== 'text') return cursor;
  return { ...cursor, answers: withAnswer(cursor, slot.key, text.trim() ? text : undefined) };
}

/** Every slot passed: the return is ready to save. */
export function isComplete(slots: readonly Slot[], cursor: EntryCursor): boolean {
  return cursor.index >= slots.length;
}
