import type { Block, OfficialDocument } from '../../../shared/core/documents/model';
import type { IssuedDocument } from '../../../shared/core/documents/register';
import { entryKey, searchSource } from '../../../shared/core/search/source';

const blockText = (b: Block): string[] =>
  b.type === 'table'
    ? [b.columns.map((c) => c.title).join(' '), ...b.rows.map((r) => r.join(' '))]
    : b.type === 'list'
      ? b.items
      : [b.text];

/** Everything a document says on paper, as issued. */
export function documentFields(d: OfficialDocument): string[] {
  const form = d.form;
  return [
    d.mainRecipients ?? '',
    ...d.body.flatMap(blockText),
    ...(d.attachments ?? []),
    d.signature?.organ ?? '',
    d.note ?? '',
    ...(d.minutes ? [d.minutes.present, d.minutes.onLeave, d.minutes.attending].map((names) => names.join('、')) : []),
    ...(form ? form.rows.map((r) => `${r.label} ${r.value}`) : []),
    ...(form?.tearOff ? form.tearOff.rows.map((r) => `${r.label} ${r.value}`) : []),
    ...(form?.attachment ? [form.attachment.title, ...form.attachment.body.flatMap(blockText)] : []),
    ...(d.colophon?.cc ?? []),
  ];
}

/**
 * The register: every issued document by its number, title and text as issued; a voided one by
 * its reason too. Minutes (纪要) form their own group.
 */
export const documentSearch = searchSource<IssuedDocument>({
  table: 'documents',
  kinds: ['minutes', 'document'],
  toEntries: (d) => [
    {
      key: entryKey('documents', d.id),
      kind: d.kind === 'minutes' ? 'minutes' : 'document',
      title: d.title,
      subtitle: d.number,
      fields: [...documentFields(d.document), d.voidReason],
      secrecy: d.secrecy,
      route: `documents/${d.id}`,
      order: d.issuedAt,
    },
  ],
});

/** The address of the record a document came from (its meeting, item or check), when the app has a page for it. */
export function sourceRoute(sourceId: string): string | null {
  const [table, id] = sourceId.split(':');
  if (!id) return null;
  if (table === 'meetings') return `meetings/${id}`;
  if (table === 'supervisionItems') return `supervision/item.${id}`;
  if (table === 'checks') return `supervision/check.${id}`;
  return null;
}
