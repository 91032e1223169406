import type { SampleSupport } from '../../../core/manifest';
import { withRegistry } from '../../registry';
import { generateIncentives } from './generateIncentives';

/** The sample loader's entry: System 3's year over the sample registry generated before it. */
export const incentivesSample: SampleSupport = {
  generate: (context) => generateIncentives(withRegistry(context), context.tables),
};
