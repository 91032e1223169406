import type { SampleSupport } from '../../../core/manifest';
import { withRegistry } from '../../registry';
import { generateMeetings } from './generateMeetings';

/** The sample loader's entry: System 1's records over the sample registry generated before them. */
export const meetingsSample: SampleSupport = { generate: (context) => generateMeetings(withRegistry(context)) };
