import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { issueRule } from '../../../../core/ui/zodValidate';
import { ruleKey } from '../../data/refusals';

/** Form validation from the repositories' own schemas, in System 3's words where a rule is its own. */
export function validateWith<T>(schema: z.ZodType<T>, t: TFunction) {
  return (values: unknown): Record<string, string> => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const rule = issueRule(issue);
      const key = rule.includes('.') ? rule : ruleKey(rule);
      errors[issue.path.join('.')] ??= (t as unknown as (k: string, o: object) => string)(
        key.includes('.') ? key : `common.rules.${key}`,
        { defaultValue: t('common.rules.invalid') },
      );
    }
    return errors;
  };
}
