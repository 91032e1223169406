import type { SampleSupport } from '../../../core/manifest';
import { withRegistry } from '../../registry';
import { rebuildItemCountsInTransaction } from '../data/supervisionItemsWrite';
import { generateSupervision } from './generateSupervision';

/**
 * The sample loader's entry: System 2's records over the sample registry generated before them.
 * Bulk rows bypass the items' write path, so the kept Dashboard counts are rebuilt after them.
 */
export const supervisionSample: SampleSupport = {
  generate: (context) => generateSupervision(withRegistry(context)),
  afterWrite: rebuildItemCountsInTransaction,
};
