// Sample units for the benchmark: generated once per page (never timed), cloned per run.
import { generateRegistry } from '../../renderer/systems/registry/sample/generateRegistry';
import type { Unit } from '../../shared/systems/registry/unit';
import { setSession } from '../../renderer/core/data/session';

export const BENCH_NOW = new Date('2026-01-15T08:00:00Z');
const cache = new Map<string, Unit[]>();

export function sampleUnits(count: number, seed = 'bench'): Unit[] {
  const key = `${seed}|${count}`;
  let units = cache.get(key);
  if (!units) {
    units = generateRegistry({ seed, unitCount: count, peopleCount: 0, now: BENCH_NOW }).units;
    cache.set(key, units);
  }
  return structuredClone(units);
}

/** Repositories refuse to work without a session. */
export function benchSession(): void {
  setSession({ staffId: 'bench', username: 'bench', displayName: '基准测试', isAdmin: true });
}
