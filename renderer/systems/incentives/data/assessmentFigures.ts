import { RULE_IDS } from '../../../../shared/systems/incentives/rules';
import type { AssessmentColumn, AssessmentLink, AssessmentPart } from '../../../core/manifest';
import { placeSub } from '../screens/incentivesRoute';
import { reportsRepo } from './reportsRepo';

const COLUMNS: readonly AssessmentColumn[] = [
  ...RULE_IDS.map((id): AssessmentColumn => ({ id: `rule${id}`, labelKey: `incentives.rule.${id}`, format: 'tenths' })),
  { id: 'revoked', labelKey: 'assessment.columns.incentives.revoked', format: 'tenths', isStruck: true },
  { id: 'total', labelKey: 'assessment.columns.incentives.total', format: 'tenths' },
  { id: 'claims', labelKey: 'assessment.columns.incentives.claims', format: 'count' },
];

/**
 * System 3's part of the annual assessment: each unit's points of the year by rule (the ledger's,
 * caps applied), the points revocations took away (shown struck through) and the total. Every
 * figure opens the year's points report, where the claims and revocations behind it are listed.
 */
export async function incentivesAssessment(year: number): Promise<AssessmentPart> {
  const rows = await reportsRepo.unitYear(year);
  const report: AssessmentLink = { path: 'incentives', sub: placeSub({ page: 'report' }) };
  return {
    columns: COLUMNS,
    units: rows.map((r) => ({
      unitId: r.unitId,
      values: {
        ...Object.fromEntries(r.rules.map((rule) => [`rule${rule.rule}`, rule.tenths])),
        revoked: r.rules.reduce((sum, rule) => sum + rule.revokedTenths, 0),
        total: r.total,
        claims: r.claimCount,
      },
      links: Object.fromEntries(COLUMNS.map((c) => [c.id, report])),
    })),
  };
}
