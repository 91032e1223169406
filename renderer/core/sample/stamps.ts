import type { Random } from './random';

export const DAY_MS = 86_400_000;

export interface Stamps {
  createdAt: string;
  updatedAt: string;
}

/**
 * When a sample record was entered and last changed: some day in the `daysBack` before `now`,
 * edited since in about half the cases, never after `now`. Whole seconds, as a user would make.
 */
export function stampsBefore(rng: Random, now: Date, daysBack: readonly [number, number]): Stamps {
  const nowMs = Math.floor(now.getTime() / 1000) * 1000;
  const createdMs = nowMs - rng.int(daysBack[0], daysBack[1]) * DAY_MS - rng.int(0, 86_399) * 1000;
  const updatedMs = rng.chance(0.5)
    ? createdMs + Math.floor(rng.next() * ((nowMs - createdMs) / 1000)) * 1000
    : createdMs;
  return { createdAt: new Date(createdMs).toISOString(), updatedAt: new Date(updatedMs).toISOString() };
}

/** The yyyy-mm-dd of an instant, in UTC like every stored ISO date. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
