import type { Check } from '../../../shared/systems/supervision/check';
import type { Explanation, ItemFeedback } from '../../../shared/systems/supervision/feedback';
import type { Finding } from '../../../shared/systems/supervision/finding';
import type { SupervisionItem } from '../../../shared/systems/supervision/item';
import { entryKey, searchSource } from '../../../shared/core/search/source';

/** Checks: by title, content, third party, conclusion, slip and notice numbers and their targets. */
export const checkSearch = searchSource<Check>({
  table: 'checks',
  kinds: ['check'],
  refOf: (c) => ({ name: c.title, secrecy: c.secrecy }),
  toEntries: (c, lookup) => [
    {
      key: entryKey('checks', c.id),
      kind: 'check',
      title: c.title,
      subtitle: `${c.startOn} – ${c.endOn}`,
      fields: [
        c.content,
        c.thirdPartyName,
        c.summary,
        c.approvalSlipNumber,
        c.noticeNumber,
        c.targetUnitIds.map((id) => lookup('units', id)?.name ?? '').join('、'),
      ],
      secrecy: c.secrecy,
      route: `supervision/check.${c.id}`,
      order: c.startOn,
    },
  ],
});

/** 督查情况 at one target: what was seen and the good practice, under the check, with the check's 密级. */
export const findingSearch = searchSource<Finding>({
  table: 'findings',
  kinds: ['finding'],
  toEntries: (f, lookup) => {
    const check = lookup('checks', f.checkId);
    return [
      {
        key: entryKey('findings', f.id),
        kind: 'finding',
        title: lookup('units', f.unitId)?.name ?? '',
        subtitle: check?.name,
        fields: [f.visitedOn, f.observed, f.goodPractice],
        secrecy: check?.secrecy ?? 'internal',
        route: `supervision/check.${f.checkId}`,
        order: f.visitedOn,
      },
    ];
  },
});

/** Items: by matter, requirement, unit, slip numbers (voided ones too), instruction, close-out and reasons. */
export const itemSearch = searchSource<SupervisionItem>({
  table: 'supervisionItems',
  kinds: ['item'],
  refOf: (i) => ({ name: i.matter, secrecy: i.secrecy }),
  toEntries: (i, lookup) => [
    {
      key: entryKey('supervisionItems', i.id),
      kind: 'item',
      title: i.matter,
      subtitle: lookup('units', i.unitId)?.name,
      fields: [
        i.requirement,
        i.dueOn,
        i.slipNumber,
        ...(i.voidedSlips ?? []).flatMap((s) => [s.number, s.reason]),
        i.instruction && `${i.instruction.by} ${i.instruction.ref}`,
        i.closeNote,
        i.withdrawal?.reason,
        ...(i.extensions ?? []).flatMap((e) => [e.reason, e.slipNumber]),
      ],
      secrecy: i.secrecy,
      route: `supervision/item.${i.id}`,
      order: i.dueOn,
    },
  ],
});

/** A unit's 回执 (feedback) on an item, found by what it reports, opened on the item. */
export const feedbackSearch = searchSource<ItemFeedback>({
  table: 'itemFeedback',
  kinds: ['feedback'],
  toEntries: (f, lookup) => {
    const item = lookup('supervisionItems', f.itemId);
    return [
      {
        key: entryKey('itemFeedback', f.id),
        kind: 'feedback',
        title: item?.name ?? '',
        subtitle: `${f.receivedOn} ${f.reportedBy}`,
        fields: [f.progress],
        secrecy: item?.secrecy ?? 'internal',
        route: `supervision/item.${f.itemId}`,
        order: f.receivedOn,
      },
    ];
  },
});

/** A 情况说明 for an overdue item, found by its reasons, measures and the leader's remark. */
export const explanationSearch = searchSource<Explanation>({
  table: 'explanations',
  kinds: ['explanation'],
  toEntries: (e, lookup) => {
    const item = lookup('supervisionItems', e.itemId);
    return [
      {
        key: entryKey('explanations', e.id),
        kind: 'explanation',
        title: item?.name ?? '',
        subtitle: `${e.receivedOn} ${e.submittedBy}`,
        fields: [e.reason, e.measures, e.slipNumber, e.reading && `${e.reading.by} ${e.reading.remark}`],
        secrecy: item?.secrecy ?? 'internal',
        route: `supervision/item.${e.itemId}`,
        order: e.receivedOn,
      },
    ];
  },
});
