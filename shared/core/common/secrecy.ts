/** 密级 secrecy level. Ordered from least to most restricted. */
export const SECRECY_LEVELS = ['public', 'internal', 'secret', 'confidential'] as const;
// public 公开 · internal 内部 · secret 秘密 · confidential 机密
export type SecrecyLevel = (typeof SECRECY_LEVELS)[number];

/** The highest level of those given: a document takes the highest 密级 of what it contains. */
export function highestSecrecy(levels: readonly SecrecyLevel[]): SecrecyLevel {
  let best = 0;
  for (const level of levels) best = Math.max(best, SECRECY_LEVELS.indexOf(level));
  return SECRECY_LEVELS[best];
}
