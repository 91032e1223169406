import type { z } from 'zod';
import { AppError } from '../../../shared/core/errors';
import { issueLimit } from '../../../shared/core/common/issueLimit';

/**
 * The first zod issue as a validation AppError: the field and the rule it broke. A module whose
 * field names live in its own translations passes `fieldKeys` (e.g. 'meetings.fields'), so the
 * field arrives as a full key; rules may be common codes (kebab-case) or a module's keys (dotted).
 */
export function validationError(error: z.ZodError, fieldKeys?: string): AppError {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') || '-';
  const isOwnRule =
    !!issue?.message && (/^[a-z-]+$/.test(issue.message) || /^[a-z]+\.[A-Za-z.-]+$/.test(issue.message));
  return new AppError('validation', {
    field: fieldKeys && issue?.path.length ? `${fieldKeys}.${String(issue.path[0])}` : path,
    rule: isOwnRule ? issue.message : (issue?.code ?? 'invalid'),
    ...(issue && !isOwnRule ? issueLimit(issue) : undefined),
  });
}

/** The input as the schema parses it, or the first issue thrown as a validation AppError. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, fieldKeys?: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, fieldKeys);
  return parsed.data;
}
