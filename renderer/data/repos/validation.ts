import type { z } from 'zod';
import { AppError } from '../../../shared/errors';

/** The first zod issue as a validation AppError: the field and the rule it broke. */
export function validationError(error: z.ZodError): AppError {
  const issue = error.issues[0];
  return new AppError('validation', {
    field: issue?.path.join('.') || '-',
    rule: issue?.message && /^[a-z-]+$/.test(issue.message) ? issue.message : (issue?.code ?? 'invalid'),
  });
}
