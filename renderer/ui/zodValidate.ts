import type { TFunction } from 'i18next';
import type { z } from 'zod';

/** Rule name of a zod issue: our own custom messages are kebab-case codes; else zod's code. */
export function issueRule(issue: z.core.$ZodIssue): string {
  if (/^[a-z-]+$/.test(issue.message)) return issue.message;
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
      errors[path] ??= t(`common.rules.${issueRule(issue)}` as 'common.rules.invalid', { defaultValue: t('common.rules.invalid') });
    }
    return errors;
  };
}
