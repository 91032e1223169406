import type { z } from 'zod';
import { AppError } from '../../../../shared/core/errors';
import { parseInput } from '../../../core/data/validation';

/** Rules common.rules already words; every other rule of System 3 is worded in its own namespace. */
const COMMON_RULES = new Set([
  'required',
  'invalid',
  'too_big',
  'too_small',
  'invalid_format',
  'invalid_type',
  'invalid_value',
  'invalid-date',
  'unknown-unit',
  'date-in-future',
  'end-before-start',
  'reason-required',
  'remark-required',
  'too-many-files',
]);

/** The i18n key a rule code is shown by: common.rules.<rule> or incentives.rules.<rule>. */
export function ruleKey(rule: string): string {
  return COMMON_RULES.has(rule) || rule.includes('.') ? rule : `incentives.rules.${rule}`;
}

/** A step the workflow refuses in the record's state: the core's not-allowed, with System 3's reason. */
export function refuse(rule: string): AppError {
  return new AppError('not-allowed', { reason: `incentives.rules.${rule}` });
}

/** A value the rules refuse, naming the field. */
export function invalid(field: string, rule: string): AppError {
  return new AppError('validation', { field: `incentives.fields.${field}`, rule: ruleKey(rule) });
}

/** The input as the schema parses it, or its first issue as a validation error in System 3's words. */
export function parseIncentives<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  try {
    return parseInput(schema, input, 'incentives.fields');
  } catch (error) {
    if (error instanceof AppError && typeof error.params.rule === 'string')
      throw new AppError('validation', { ...error.params, rule: ruleKey(error.params.rule) });
    throw error;
  }
}
