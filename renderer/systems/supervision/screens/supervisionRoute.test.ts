import { describe, expect, it } from 'vitest';
import { parsePlace, placeSub, type SupervisionPlace } from './supervisionRoute';

describe('supervision addresses', () => {
  it.each<SupervisionPlace>([
    { page: 'items', scope: { by: 'all', view: 'overdue' } },
    { page: 'items', scope: { by: 'unit', unitId: 'u-1', view: 'dueSoon' } },
    { page: 'items', scope: { by: 'unit', unitId: '', view: 'open' } },
    { page: 'items', scope: { by: 'source', source: 'check', view: 'open' } },
    { page: 'items', scope: { by: 'status', status: 'replied' } },
    { page: 'items', scope: { by: 'history', unitId: 'u-1' } },
    { page: 'item', id: 'i-1' },
    { page: 'check', id: 'c-1' },
    { page: 'checks' },
    { page: 'results' },
  ])('opens the same place it links to: %j', (place) => {
    expect(parsePlace(placeSub(place))).toEqual(place);
  });

  it('opens all open items for an empty or unknown address', () => {
    expect(parsePlace('')).toEqual({ page: 'items', scope: { by: 'all', view: 'open' } });
    expect(parsePlace('items.bogus')).toEqual({ page: 'items', scope: { by: 'all', view: 'open' } });
  });
});
