import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { issueLimit, limitTextOptions } from '../../../shared/core/common/issueLimit';

/** Rule name of a zod issue: our own custom messages are kebab-case codes; else zod's code. */
export function issueRule(issue: z.core.$ZodIssue): string {
  // kebab-case codes are common.rules.*; dotted ones are a module's own keys (meetings.rules.*).
  if (/^[a-z-]+$/.test(issue.message) || /^[a-z]+\.[A-Za-z.-]+$/.test(issue.message)) return issue.message;
  if (issue.code === 'too_small') return 'required';
  return issue.code;
}

/**
 * Mantine form validation from the same zod schema the repositories use, with translated
 * messages (zod's own are English-only).
 */
export function zodValidate<T>(schema: z.ZodType<T>, t: TFunction) {
  return (values: unknown): Record<string, string> => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      const rule = issueRule(issue);
      const key = rule.includes('.') ? rule : `common.rules.${rule}`;
      errors[path] ??= (t as unknown as (k: string, o: object) => string)(key, {
        defaultValue: t('common.rules.invalid'),
        ...limitTextOptions(issueLimit(issue)),
      });
    }
    return errors;
  };
}
