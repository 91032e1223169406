import { normaliseText } from '../../core/text/textMatch';
import type { BonusClaim, ClaimLine } from './claim';
import type { LineFacts } from './lines';
import { isCounting } from './review';

/**
 * Possible duplicates in a year: the same person (same name and employer, or same name and the
 * same degree or title) or the same article (same title and outlet) claimed twice — by one unit
 * or by two, in one round or in two. They are flagged for the reviewer to settle, never counted
 * twice in silence (review.ts: lineReviewRule).
 */

/** One line of the year, where it sits and whether it counts now. */
export interface YearLine {
  claimId: string;
  unitId: string;
  roundId: string;
  line: ClaimLine;
  /** Accepted or reduced, in a claim that was not revoked. */
  isCounting: boolean;
}

/** Spaces, full-width letters and case do not make two names different. */
function norm(text: string): string {
  return normaliseText(text).replace(/[\s\u3000·•.]/g, '');
}

/** The keys under which a line may match another; two lines sharing one are possible duplicates. */
export function duplicateKeys(facts: LineFacts): string[] {
  if (facts.rule === 1 || facts.rule === 2) {
    const name = norm(facts.name);
    return [`person|${name}|employer|${norm(facts.employer)}`, `person|${name}|qualification|${facts.qualification}`];
  }
  if (facts.rule === 4) return [`article|${norm(facts.title)}|${norm(facts.outlet)}`];
  return [];
}

export function yearLines(claims: readonly BonusClaim[]): YearLine[] {
  return claims.flatMap((c) =>
    c.lines.map((line) => ({
      claimId: c.id,
      unitId: c.unitId,
      roundId: c.roundId,
      line,
      isCounting: c.status !== 'revoked' && isCounting(line),
    })),
  );
}

/** For each line with possible duplicates, the other lines it may duplicate (by line id). */
export function findDuplicates(lines: readonly YearLine[]): Map<string, YearLine[]> {
  const byKey = new Map<string, YearLine[]>();
  for (const y of lines) {
    for (const key of duplicateKeys(y.line)) {
      const group = byKey.get(key) ?? [];
      group.push(y);
      byKey.set(key, group);
    }
  }
  const twins = new Map<string, YearLine[]>();
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const y of group) {
      const others = twins.get(y.line.id) ?? [];
      for (const o of group) if (o.line.id !== y.line.id && !others.includes(o)) others.push(o);
      twins.set(y.line.id, others);
    }
  }
  return twins;
}

/** Whether another line that may be the same person or article already counts. */
export function hasCountingTwin(twins: Map<string, YearLine[]>, lineId: string): boolean {
  return (twins.get(lineId) ?? []).some((o) => o.isCounting);
}

/**
 * A line counts beside a twin only when the reviewer recorded one of the two as distinct (the
 * later one reviewed carries it); otherwise the pair is unsettled and cannot go on a list.
 */
export function isUnsettled(twins: Map<string, YearLine[]>, y: YearLine): boolean {
  if (!y.isCounting) return false;
  return (twins.get(y.line.id) ?? []).some(
    (o) => o.isCounting && !o.line.review?.isDistinct && !y.line.review?.isDistinct,
  );
}
