import { describe, expect, it } from 'vitest';
import { storageLevel } from './levels';

describe('storageLevel', () => {
  it.each([
    [50 * 1024 ** 3, 'ok'],
    [1024 ** 3, 'ok'],
    [1024 ** 3 - 1, 'low'],
    [200 * 1024 ** 2, 'low'],
    [200 * 1024 ** 2 - 1, 'critical'],
    [0, 'critical'],
  ] as const)('calls %d free bytes %s', (free, level) => {
    expect(storageLevel(free)).toBe(level);
  });
});
