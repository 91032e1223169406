import type { TFunction } from 'i18next';
import type { UnitKind } from '../../../../shared/systems/registry';
import type { SecrecyLevel } from '../../../../shared/core/common/secrecy';
import {
  type Check,
  type CheckInput,
  checkInputSchema,
  type CheckMethod,
} from '../../../../shared/systems/supervision/check';
import type { ContentCategory } from '../../../../shared/systems/supervision/item';
import { issueRule } from '../../../core/ui/zodValidate';

/** The check form's flat values; the draw plan is nested only in the record. */
export interface CheckFormValues {
  title: string;
  category: ContentCategory;
  content: string;
  method: CheckMethod;
  thirdPartyName: string;
  targetUnitIds: string[];
  planKinds: UnitKind[];
  planTownId: string | null;
  planMode: 'count' | 'percent';
  planValue: number;
  startOn: string;
  endOn: string;
  secrecy: SecrecyLevel;
}

export function formValuesOf(check: Check | null, today: string): CheckFormValues {
  return {
    title: check?.title ?? '',
    category: check?.category ?? 'recruitment',
    content: check?.content ?? '',
    method: check?.method ?? 'research',
    thirdPartyName: check?.thirdPartyName ?? '',
    targetUnitIds: check?.targetUnitIds ?? [],
    planKinds: check?.drawPlan?.filter.kinds ?? ['village'],
    planTownId: check?.drawPlan?.filter.townId ?? null,
    planMode: check?.drawPlan?.mode ?? 'count',
    planValue: check?.drawPlan?.value ?? 3,
    startOn: check?.startOn ?? today,
    endOn: check?.endOn ?? today,
    secrecy: check?.secrecy ?? (check?.method === 'unannounced' ? 'secret' : 'internal'),
  };
}

export function checkInputOf(v: CheckFormValues): CheckInput {
  const random = v.method === 'random';
  return {
    title: v.title,
    category: v.category,
    content: v.content,
    method: v.method,
    thirdPartyName: v.method === 'thirdParty' ? v.thirdPartyName : '',
    targetUnitIds: random ? [] : v.targetUnitIds,
    drawPlan: random
      ? {
          filter: { kinds: v.planKinds, townId: v.planKinds.includes('village') ? v.planTownId : null },
          mode: v.planMode,
          value: v.planValue,
        }
      : null,
    startOn: v.startOn,
    endOn: v.endOn,
    secrecy: v.secrecy,
  };
}

const FIELD_OF: Record<string, keyof CheckFormValues> = {
  'drawPlan.filter.kinds': 'planKinds',
  'drawPlan.value': 'planValue',
  drawPlan: 'planKinds',
};

/** The record's own schema, its messages put on the form's flat fields. */
export function validateCheckForm(t: TFunction) {
  return (values: CheckFormValues): Record<string, string> => {
    const result = checkInputSchema.safeParse(checkInputOf(values));
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      errors[FIELD_OF[path] ?? path] ??= t(`common.rules.${issueRule(issue)}` as 'common.rules.invalid', {
        defaultValue: t('common.rules.invalid'),
      });
    }
    return errors;
  };
}
