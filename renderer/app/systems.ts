import type { SystemErrorCodes } from '../../shared/core/errors';
import type { SystemAuditEntities } from '../../shared/core/audit/audit';
import { registryManifest } from '../systems/registry/manifest';
import { meetingsManifest } from '../systems/meetings/manifest';
import { supervisionManifest } from '../systems/supervision/manifest';
import { incentivesManifest } from '../systems/incentives/manifest';
import { evaluationManifest } from '../systems/evaluation/manifest';
import { assessmentManifest } from '../systems/assessment/manifest';

/**
 * The systems of the app, one line each. The shell, the Dashboard, Settings, the audit page, error
 * texts, translations, the sample loader and the database are assembled from this list. Order
 * matters only for sample data: the registry first, the others refer to its units and people.
 */
export const SYSTEMS = [
  registryManifest,
  meetingsManifest,
  supervisionManifest,
  incentivesManifest,
  evaluationManifest,
  assessmentManifest,
];

// Every code and entity a system merges into the core's types has its text in a manifest: a code
// or entity declared without one stops the build here.
type Manifest = (typeof SYSTEMS)[number];
type Declared<F extends 'errors' | 'auditEntities'> = Manifest extends infer M
  ? M extends { [K in F]: infer R }
    ? keyof R
    : never
  : never;
type Missing<All, Covered> = Exclude<All, Covered>;
export const everySystemErrorHasText: [Missing<keyof SystemErrorCodes, Declared<'errors'>>] extends [never]
  ? true
  : Missing<keyof SystemErrorCodes, Declared<'errors'>> = true;
export const everySystemEntityHasText: [Missing<keyof SystemAuditEntities, Declared<'auditEntities'>>] extends [never]
  ? true
  : Missing<keyof SystemAuditEntities, Declared<'auditEntities'>> = true;
