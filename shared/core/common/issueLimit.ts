/** The limit a size rule broke and what it limits: 500 characters, 10 items, a number up to 100. */
export interface IssueLimit {
  max: number;
  /** Which text says it: common.rules.too_big_string (characters), _array (items), _number. */
  of: 'string' | 'array' | 'number';
}

const ORIGINS: Readonly<Record<string, IssueLimit['of']>> = { string: 'string', array: 'array', set: 'array' };

/**
 * The limit of a zod `too_big` issue, so the message can say it (内容过长：最多 500 字) instead of
 * only that something is too long. Nothing for other issues, or a limit zod did not give.
 */
export function issueLimit(issue: { code: string; maximum?: unknown; origin?: unknown }): IssueLimit | undefined {
  if (issue.code !== 'too_big' || typeof issue.maximum !== 'number' || !Number.isFinite(issue.maximum))
    return undefined;
  const of = ORIGINS[String(issue.origin)] ?? (issue.origin === 'number' || issue.origin === 'int' ? 'number' : null);
  return of ? { max: issue.maximum, of } : undefined;
}

/** i18next options that pick the rule's text with its limit (too_big → too_big_string, max 500). */
export function limitTextOptions(limit: { max?: unknown; of?: unknown } | undefined): {
  context?: string;
  max?: number;
} {
  return typeof limit?.max === 'number' && typeof limit.of === 'string' ? { context: limit.of, max: limit.max } : {};
}
