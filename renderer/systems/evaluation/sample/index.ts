import type { IssuedDocument } from '../../../../shared/core/documents/register';
import type { SampleSupport } from '../../../core/manifest';
import { withRegistry } from '../../registry';
import { rebuildTalliesInTransaction } from '../data/tallyWrite';
import { generateEvaluation } from './generateEvaluation';

/**
 * The sample loader's entry: System 4's records over the sample registry. Bulk rows bypass the
 * write path, so the kept results are recounted from the records and returns after them.
 */
export const evaluationSample: SampleSupport = {
  // Other systems' sample documents come first: the reminder takes the next number of its series.
  generate: (context) =>
    generateEvaluation(withRegistry(context), (context.tables.documents ?? []) as IssuedDocument[]),
  afterWrite: rebuildTalliesInTransaction,
};
