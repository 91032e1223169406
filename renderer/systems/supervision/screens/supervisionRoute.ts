import type { OpenItemsView } from '../data/supervisionItemsRepo';
import type { ItemSource, ItemStatus } from '../../../../shared/systems/supervision/item';

/**
 * Where in System 2 the user is, as the part of the address after #/supervision/. The Dashboard
 * links straight to the list each of its figures counts.
 *   items | items.<view> | items.unit.<unitId>.<view> | items.source.<source>.<view> | items.status.<status>
 *   items.history.<unitId> | item.<id> | checks | check.<id> | results
 */
export type SupervisionPlace =
  | { page: 'items'; scope: ItemsScope }
  | { page: 'item'; id: string }
  | { page: 'checks' }
  | { page: 'check'; id: string }
  | { page: 'results' };

export type ItemsScope =
  | { by: 'all'; view: OpenItemsView }
  | { by: 'unit'; unitId: string; view: OpenItemsView }
  | { by: 'source'; source: ItemSource; view: OpenItemsView }
  | { by: 'status'; status: ItemStatus }
  | { by: 'history'; unitId: string };

const VIEWS: readonly OpenItemsView[] = ['open', 'overdue', 'dueSoon', 'onTrack'];
const view = (v: string | undefined): OpenItemsView =>
  VIEWS.includes(v as OpenItemsView) ? (v as OpenItemsView) : 'open';

export function parsePlace(sub: string): SupervisionPlace {
  const [page, a, b, c] = sub.split('.');
  if (page === 'item' && a) return { page: 'item', id: a };
  if (page === 'check' && a) return { page: 'check', id: a };
  if (page === 'checks') return { page: 'checks' };
  if (page === 'results') return { page: 'results' };
  // A unit scope may wait for its unit to be picked (unitId '').
  if (a === 'unit') return { page: 'items', scope: { by: 'unit', unitId: b ?? '', view: view(c) } };
  if (a === 'source' && b) return { page: 'items', scope: { by: 'source', source: b as ItemSource, view: view(c) } };
  if (a === 'status' && b) return { page: 'items', scope: { by: 'status', status: b as ItemStatus } };
  if (a === 'history' && b) return { page: 'items', scope: { by: 'history', unitId: b } };
  return { page: 'items', scope: { by: 'all', view: view(a) } };
}

export function placeSub(place: SupervisionPlace): string {
  switch (place.page) {
    case 'item':
    case 'check':
      return `${place.page}.${place.id}`;
    case 'checks':
    case 'results':
      return place.page;
    case 'items': {
      const s = place.scope;
      if (s.by === 'all') return `items.${s.view}`;
      if (s.by === 'unit') return `items.unit.${s.unitId}.${s.view}`;
      if (s.by === 'source') return `items.source.${s.source}.${s.view}`;
      if (s.by === 'status') return `items.status.${s.status}`;
      return `items.history.${s.unitId}`;
    }
  }
}
