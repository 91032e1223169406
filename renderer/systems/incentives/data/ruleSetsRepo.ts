import { AppError } from '../../../../shared/core/errors';
import { type BonusRuleSet, ruleSetForYear, ruleSetRule } from '../../../../shared/systems/incentives/rules';
import { requireSession } from '../../../core/data/session';
import { read, writeWithAudit } from '../../../core/data/write';
import { incentivesTables } from './incentivesTables';

/** The rules in force for a year, inside a transaction or a read. */
export async function ruleSetOfYear(year: number): Promise<BonusRuleSet> {
  return ruleSetForYear(await incentivesTables().ruleSets.toArray(), year);
}

/**
 * 加分规则 per year: the seed's 2021 set unless a later year was given its own. A set is never
 * changed once a claim of a year it governs exists: what the leader signed stays what it was.
 */
export const ruleSetsRepo = {
  forYear: (year: number) => read(() => ruleSetOfYear(year)),

  list: () => read(async () => (await incentivesTables().ruleSets.toArray()).sort((a, b) => a.fromYear - b.fromYear)),

  /** A set for `set.fromYear` on; administrators only, and only while no claim of those years exists. */
  async save(set: BonusRuleSet): Promise<BonusRuleSet> {
    if (!requireSession().isAdmin) throw new AppError('not-allowed', { reason: 'errors.reasons.adminOnly' });
    const rule = ruleSetRule(set);
    if (rule) throw new AppError('validation', { field: 'rules', rule });
    const t = incentivesTables();
    return writeWithAudit([t.ruleSets, t.claims], async (audit) => {
      const used = await t.claims.where('year').aboveOrEqual(set.fromYear).count();
      if (used > 0) throw new AppError('wrong-state', { rule: 'rules-in-use' });
      const previous = await t.ruleSets.where('fromYear').equals(set.fromYear).first();
      const stored = { ...set, id: previous?.id ?? set.id };
      await t.ruleSets.put(stored);
      await audit('bonusRuleSets', stored.id, previous ? 'update' : 'create', previous ?? null, stored);
      return stored;
    });
  },
};
