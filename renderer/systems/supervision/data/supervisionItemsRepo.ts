import { addDays, type LocalDate } from '../../../../shared/core/common/localDate';
import { deadlineBounds, type DeadlineSettings } from '../../../../shared/systems/supervision/deadline';
import type { AttachmentInfo, Explanation, ItemFeedback } from '../../../../shared/systems/supervision/feedback';
import type { ItemSource, ItemStatus, SupervisionItem } from '../../../../shared/systems/supervision/item';
import { unitLabels } from '../../../../shared/systems/registry';
import { getDb } from '../../../core/data/db';
import { PAGE_SIZE } from '../../../core/data/paging';
import { read } from '../../../core/data/write';

/** Which open items: all of them, or those in one deadline state (the Dashboard's figures). */
export type OpenItemsView = 'open' | 'overdue' | 'dueSoon' | 'onTrack';

export interface OpenItemsQuery {
  view: OpenItemsView;
  today: LocalDate;
  settings: Pick<DeadlineSettings, 'dueSoonDays'>;
  unitId?: string;
  source?: ItemSource;
  /** The openKey the previous page ended with. */
  after?: string | null;
  limit?: number;
}

export interface ItemPage {
  rows: SupervisionItem[];
  nextAfter: string | null;
}

/** The openKey range of a view (dueOn|id), from the one definition of due and overdue. */
export function openKeyRange(
  view: OpenItemsView,
  today: LocalDate,
  settings: Pick<DeadlineSettings, 'dueSoonDays'>,
): [string, string] {
  const b = deadlineBounds(today, settings);
  switch (view) {
    case 'open':
      return ['', '\uffff'];
    case 'overdue':
      return ['', `${b.lastOverdue}|\uffff`];
    case 'dueSoon':
      return [`${b.today}|`, `${b.lastDueSoon}|\uffff`];
    case 'onTrack':
      return [`${addDays(b.lastDueSoon, 1)}|`, '\uffff'];
  }
}

function page(rows: SupervisionItem[], limit: number, key: (i: SupervisionItem) => string): ItemPage {
  const shown = rows.slice(0, limit);
  return { rows: shown, nextAfter: rows.length > limit ? key(shown[shown.length - 1]) : null };
}

/**
 * Reads of System 2's tracked list. Every list is one range of one index, ordered by deadline:
 * overdue first (the earliest deadlines), at any depth without offsets.
 */
export const supervisionItemsRepo = {
  get: (id: string) => read(() => getDb().supervisionItems.get(id)),

  /** Open items by deadline (overdue first), optionally of one unit or one source. */
  listOpen({
    view,
    today,
    settings,
    unitId,
    source,
    after = null,
    limit = PAGE_SIZE,
  }: OpenItemsQuery): Promise<ItemPage> {
    return read(async () => {
      const [lower, upper] = openKeyRange(view, today, settings);
      const from = after ?? lower;
      const includeLower = after === null;
      const items = getDb().supervisionItems;
      const collection = unitId
        ? items.where('[unitId+openKey]').between([unitId, from], [unitId, upper], includeLower, true)
        : source
          ? items.where('[source+openKey]').between([source, from], [source, upper], includeLower, true)
          : items.where('openKey').between(from, upper, includeLower, true);
      return page(await collection.limit(limit + 1).toArray(), limit, (i) => i.openKey!);
    });
  },

  /** How many open items a view holds, counted from its index range (tests compare it with the kept counts). */
  countOpen(query: Omit<OpenItemsQuery, 'after' | 'limit'>): Promise<number> {
    return read(() => {
      const [lower, upper] = openKeyRange(query.view, query.today, query.settings);
      const items = getDb().supervisionItems;
      if (query.unitId)
        return items
          .where('[unitId+openKey]')
          .between([query.unitId, lower], [query.unitId, upper], true, true)
          .count();
      if (query.source)
        return items
          .where('[source+openKey]')
          .between([query.source, lower], [query.source, upper], true, true)
          .count();
      return items.where('openKey').between(lower, upper, true, true).count();
    });
  },

  /** Items in one status, by deadline. */
  listByStatus({
    status,
    after = null,
    limit = PAGE_SIZE,
  }: {
    status: ItemStatus;
    after?: string | null;
    limit?: number;
  }): Promise<ItemPage> {
    return read(async () => {
      const rows = await getDb()
        .supervisionItems.where('[status+dueKey]')
        .between([status, after ?? ''], [status, '\uffff'], after === null, true)
        .limit(limit + 1)
        .toArray();
      return page(rows, limit, (i) => i.dueKey!);
    });
  },

  /** A unit's whole history, latest deadline first. */
  unitHistory({
    unitId,
    before = null,
    limit = PAGE_SIZE,
  }: {
    unitId: string;
    before?: string | null;
    limit?: number;
  }): Promise<ItemPage> {
    return read(async () => {
      const rows = await getDb()
        .supervisionItems.where('[unitId+dueKey]')
        .between([unitId, ''], [unitId, before ?? '\uffff'], true, before === null)
        .reverse()
        .limit(limit + 1)
        .toArray();
      return page(rows, limit, (i) => i.dueKey!);
    });
  },

  /** Items of one check, or of one task deployed to several units. */
  listForCheck: (checkId: string) => read(() => getDb().supervisionItems.where('checkId').equals(checkId).toArray()),

  /** Items due within a period (督查通报), by deadline. */
  listDueBetween: (from: LocalDate, to: LocalDate) =>
    read(() => getDb().supervisionItems.where('dueKey').between(`${from}|`, `${to}|\uffff`, true, true).toArray()),

  listOfYear: (year: number) => read(() => getDb().supervisionItems.where('year').equals(year).toArray()),

  feedbackOf: (itemId: string): Promise<ItemFeedback[]> =>
    read(async () =>
      (await getDb().itemFeedback.where('itemId').equals(itemId).toArray()).sort((a, b) =>
        a.createdAt.localeCompare(b.createdAt),
      ),
    ),

  explanationsOf: (itemId: string): Promise<Explanation[]> =>
    read(async () =>
      (await getDb().explanations.where('itemId').equals(itemId).toArray()).sort((a, b) =>
        a.createdAt.localeCompare(b.createdAt),
      ),
    ),

  /** Evidence files of the given feedback entries, without their bytes. */
  attachmentsOf: (feedbackIds: readonly string[]): Promise<AttachmentInfo[]> =>
    read(async () => {
      const rows = await getDb()
        .attachments.where('[ownerType+ownerId]')
        .anyOf(feedbackIds.map((id) => ['itemFeedback', id]))
        .toArray();
      return rows.map(({ blob: _blob, ...info }) => info);
    }),

  /** The units a page of items names (a few dozen at a time, never the whole registry). */
  unitsOf: (unitIds: readonly string[]) =>
    read(async () => (await getDb().units.bulkGet([...new Set(unitIds)])).filter((u) => u !== undefined)),

  /** The units' labels by id: a village with its town (牛庄镇·东关村), as the draw names it; others by name. */
  unitLabelsOf: (unitIds: readonly string[]) =>
    read(async () => {
      const units = (await getDb().units.bulkGet([...new Set(unitIds)])).filter((u) => u !== undefined);
      const townIds = units.flatMap((u) => (u.kind === 'village' && u.parentId ? [u.parentId] : []));
      const towns = (await getDb().units.bulkGet([...new Set(townIds)])).filter((u) => u !== undefined);
      const labels = unitLabels([...units, ...towns]);
      return new Map(units.map((u) => [u.id, labels.get(u.id) ?? u.name]));
    }),

  /** One evidence file's bytes. */
  attachmentBlob: (id: string): Promise<Blob | undefined> =>
    read(async () => (await getDb().attachments.get(id))?.blob as Blob | undefined),
};
