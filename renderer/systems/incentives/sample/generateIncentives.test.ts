import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_SETTINGS } from '../../../../shared/core/office/office';
import { isConsistent, type LedgerEntry, standingOf } from '../../../../shared/systems/incentives/ledger';
import { RULES_2021 } from '../../../../shared/systems/incentives/rules';
import { generateRegistry } from '../../registry/sample/generateRegistry';
import { generateIncentives } from './generateIncentives';

const now = new Date('2026-11-20T09:00:00');
const { units, people } = generateRegistry({ seed: 2026, unitCount: 120, peopleCount: 0, now });
const context = { seed: 2026, now, units, people, office: DEFAULT_OFFICE_SETTINGS };

describe('the sample year of incentives', () => {
  const tables = generateIncentives(context, {});
  const claims = tables.bonusClaims as unknown as {
    status: string;
    unitId: string;
    id: string;
    followUpDueOn?: string;
    awaitingLeader: number;
  }[];
  const entries = tables.bonusLedger as unknown as LedgerEntry[];

  it('has applications in every state, a revoked one among them, and rounds in every state', () => {
    expect(new Set(claims.map((c) => c.status))).toEqual(
      new Set(['received', 'reviewed', 'awarded', 'notAwarded', 'revoked']),
    );
    const rounds = tables.bonusRounds as unknown as { status: string }[];
    expect(new Set(rounds.map((r) => r.status))).toEqual(new Set(['open', 'submitted', 'approved', 'rejected']));
    expect(entries.map((e) => e.kind)).toContain('revocation');
  });

  it('has a unit that hits every cap, and a ledger whose sums agree with the rules', () => {
    const byUnit = new Map<string, typeof entries>();
    for (const e of entries) byUnit.set(e.unitId, [...(byUnit.get(e.unitId) ?? []), e]);
    const totals = [...byUnit.values()].map((list) => standingOf(list));
    expect(totals.some((s) => s.total === 50 && s.byRule[1] === 10 && s.byRule[5] === 6)).toBe(true);
    for (const list of byUnit.values()) expect(isConsistent(RULES_2021, list)).toBe(true);
  });

  it('leaves something for each Dashboard figure: review, the leader, follow-up', () => {
    expect(claims.some((c) => c.status === 'received')).toBe(true);
    expect(claims.some((c) => c.awaitingLeader === 1)).toBe(true);
    expect(claims.some((c) => c.followUpDueOn && c.followUpDueOn <= '2026-11-27')).toBe(true);
  });

  it('numbers its documents after any sample series another system already used, and every row is sample', () => {
    const earlier = { docSequences: [{ prefix: '示例海人才办呈', year: 2026, next: 7 }] };
    const again = generateIncentives(context, earlier);
    const numbers = (again.documents as unknown as { number: string }[]).map((d) => d.number);
    expect(numbers).toContain('示例海人才办呈〔2026〕7号');
    expect(numbers).not.toContain('示例海人才办呈〔2026〕1号');
    for (const [name, rows] of Object.entries(again))
      if (name !== 'docSequences') for (const row of rows) expect(row.isSample, name).toBe(1);
  });
});
