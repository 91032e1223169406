import type { LineFacts, LineFactsInput } from '../../../../../shared/systems/incentives/lines';

/** The line form's fields: every rule's facts side by side, of which the chosen rule's are kept. */
export interface LineFormValues {
  rule: '1' | '2' | '3' | '4' | '5';
  name: string;
  employer: string;
  qualification: 'phd' | 'associateSenior' | 'senior' | 'none';
  isFullTime: boolean;
  on: string;
  form: 'talk' | 'hosted';
  meeting: string;
  level: 'haicheng' | 'anshanOrHigher';
  outlet: string;
  title: string;
  kind: 'recruitment' | 'transferRate' | 'contractTurnover' | 'other';
  description: string;
  figures: string;
}

export const EMPTY_LINE: LineFormValues = {
  rule: '1',
  name: '',
  employer: '',
  qualification: 'phd',
  isFullTime: true,
  on: '',
  form: 'talk',
  meeting: '',
  level: 'anshanOrHigher',
  outlet: '',
  title: '',
  kind: 'recruitment',
  description: '',
  figures: '',
};

export function toFacts(v: LineFormValues): LineFactsInput {
  const rule = Number(v.rule) as LineFacts['rule'];
  if (rule === 1 || rule === 2)
    return {
      rule,
      name: v.name,
      employer: v.employer,
      qualification: v.qualification,
      isFullTime: v.isFullTime,
      on: v.on,
    };
  if (rule === 3) return { rule, form: v.form, meeting: v.meeting, level: v.level, on: v.on };
  if (rule === 4) return { rule, outlet: v.outlet, level: v.level, title: v.title, on: v.on };
  return { rule, kind: v.kind, description: v.description, figures: v.figures, on: v.on };
}

export function toValues(facts: LineFacts): LineFormValues {
  return { ...EMPTY_LINE, ...facts, rule: String(facts.rule) as LineFormValues['rule'] } as LineFormValues;
}
