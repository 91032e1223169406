import type { OutputAction, OutputRecord } from '../../../../shared/core/audit/output';
import { outputRegisterRepo } from '../../data/outputRegisterRepo';

type Described = Omit<OutputRecord, 'target'> & { target?: string | null };

/**
 * Runs a print, export or download and registers it once the host says it went out (a cancelled
 * dialog registers nothing). When the register cannot be written (the disk below its critical
 * level), nothing goes out: no record leaves the office unregistered.
 */
export async function recordedOutput<R extends { status: string }>(
  action: OutputAction,
  record: Described,
  work: () => Promise<R>,
  rows?: number,
): Promise<R> {
  outputRegisterRepo.assertCanRecord();
  const result = await work();
  if (result.status === 'cancelled') return result;
  const path = 'path' in result && typeof result.path === 'string' ? result.path : null;
  await outputRegisterRepo.record(action, { ...record, target: record.target ?? path }, rows);
  return result;
}
