import type { FormRow, OfficialDocument } from '../model';
import { buildGeneral, type GeneralInput } from './general';
import type { TemplateBase } from './common';

/** 会议方案 (meeting plan): the general format in the office's or the Leading Group's name. */
export type PlanInput = Omit<GeneralInput, 'mainRecipients'> & { mainRecipients?: string };

export function buildPlan(input: PlanInput): OfficialDocument {
  return { ...buildGeneral('notice', { ...input, mainRecipients: input.mainRecipients ?? '' }), kind: 'plan' };
}

/** 签到表 (sign-in sheet): the meeting's time and place, then one row per invited unit or person with room to sign. */
export interface SignInSheetInput extends Omit<TemplateBase, 'date'> {
  /** The meeting's name: a row of its own, so the sheet's title stays one short line. */
  meetingTitle: string;
  time: string;
  place: string;
  /** Unit or person, as invited. */
  attendees: string[];
}

export function buildSignInSheet(input: SignInSheetInput): OfficialDocument {
  const rows: FormRow[] = [
    { label: '会议名称', value: input.meetingTitle },
    { label: '会议时间', value: input.time },
    { label: '会议地点', value: input.place },
  ];
  // The attendees in a roster of their own: its header row repeats on every page it runs onto.
  const roster = {
    columns: [
      { title: '参会单位（人员）', widthMm: 78 },
      { title: '签\u3000\u3000名', widthMm: 78 },
    ],
    rows: input.attendees.map((name) => [name, '']),
  };
  return {
    kind: 'signInSheet',
    secrecy: input.secrecy,
    secrecyTerm: input.secrecyTerm,
    urgency: 'none',
    title: '签到表',
    body: [],
    form: { labelWidthMm: 36, rows, roster },
  };
}
