import type { OfficeSettings } from '../../../shared/core/office/office';
import type { SecrecyLevel } from '../../../shared/core/common/secrecy';
import type { OfficialDocument, Urgency } from '../../../shared/core/documents/model';
import { lines, names, parseBody } from '../../../shared/core/documents/parseBody';
import {
  buildApprovalSlip,
  buildCircular,
  buildLetter,
  buildNotice,
  buildSupervisionSlip,
} from '../../../shared/core/documents/templates';

/** The documents staff compose by hand on the Documents page (modules build the others). */
export const COMPOSABLE_KINDS = ['notice', 'circular', 'letter', 'supervisionSlip', 'approvalSlip'] as const;
export type ComposableKind = (typeof COMPOSABLE_KINDS)[number];

export interface ComposeValues {
  kind: ComposableKind;
  prefix: string;
  secrecy: SecrecyLevel;
  secrecyTerm: string;
  urgency: Urgency;
  issuer: 'leadingGroup' | 'office';
  title: string;
  mainRecipients: string;
  body: string;
  attachments: string;
  contact: string;
  cc: string;
  target: string;
  matter: string;
  requirement: string;
  deadline: string;
  replyBy: string;
  subject: string;
  proposal: string;
}

export function emptyCompose(office: OfficeSettings): ComposeValues {
  return {
    kind: 'notice',
    prefix: office.documentPrefixes[0] ?? '',
    secrecy: 'public',
    secrecyTerm: '',
    urgency: 'none',
    issuer: 'leadingGroup',
    title: '',
    mainRecipients: '',
    body: '',
    attachments: '',
    contact: '',
    cc: '',
    target: '',
    matter: '',
    requirement: '',
    deadline: '',
    replyBy: '',
    subject: '',
    proposal: '',
  };
}

/** Builds the model through the kind's template; `number` is the one the register gave. */
export function buildComposed(
  v: ComposeValues,
  office: OfficeSettings,
  number: string,
  date: string,
): OfficialDocument {
  const base = { office, date, secrecy: v.secrecy, secrecyTerm: v.secrecyTerm || undefined, urgency: v.urgency };
  switch (v.kind) {
    case 'notice':
      return buildNotice({
        ...base,
        issuer: v.issuer,
        number,
        title: v.title,
        mainRecipients: v.mainRecipients,
        body: parseBody(v.body),
        attachments: lines(v.attachments),
        contact: v.contact || undefined,
        cc: names(v.cc),
      });
    case 'circular':
      return buildCircular({
        ...base,
        issuer: v.issuer,
        number,
        title: v.title,
        mainRecipients: v.mainRecipients,
        body: parseBody(v.body),
        attachments: lines(v.attachments),
        cc: names(v.cc),
      });
    case 'letter':
      return buildLetter({
        ...base,
        number,
        title: v.title,
        mainRecipients: v.mainRecipients,
        body: parseBody(v.body),
        contact: v.contact || undefined,
      });
    case 'supervisionSlip':
      return buildSupervisionSlip({
        ...base,
        number,
        target: v.target,
        matter: v.matter,
        requirement: v.requirement,
        deadline: v.deadline,
        replyBy: v.replyBy,
        contact: v.contact,
      });
    case 'approvalSlip':
      return buildApprovalSlip({ ...base, number, subject: v.subject, proposal: v.proposal, handler: v.contact });
  }
}

/** Fields each kind requires; the form shows an error under each one left empty. */
export const REQUIRED_FIELDS: Record<ComposableKind, readonly (keyof ComposeValues)[]> = {
  notice: ['prefix', 'title', 'mainRecipients', 'body'],
  circular: ['prefix', 'title', 'mainRecipients', 'body'],
  letter: ['prefix', 'title', 'mainRecipients', 'body'],
  supervisionSlip: ['prefix', 'target', 'matter', 'requirement', 'deadline', 'replyBy', 'contact'],
  approvalSlip: ['prefix', 'subject', 'proposal', 'contact'],
};

/**
 * The draft of what is being composed, before 编号并发文: no 发文字号 (a slip's 编号 row stays
 * empty), dated today, and marked 草稿 over every page so it is never taken for the issued document.
 */
export function buildDraft(v: ComposeValues, office: OfficeSettings, date: string): OfficialDocument {
  return { ...buildComposed(v, office, '', date), number: undefined, stamp: { kind: 'draft' } };
}
