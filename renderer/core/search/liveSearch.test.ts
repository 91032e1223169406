import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/support/testDb';
import { aUnit } from '../../../tests/support/builders';
import { unitsRepo } from '../../systems/registry/data/unitsRepo';
import { supervisionItemsCreateRepo } from '../../systems/supervision/data/supervisionItemsCreateRepo';
import { sampleRepo } from '../data/sampleRepo';
import { searchRepo } from '../data/searchRepo';
import { LiveSearch } from './liveSearch';
import { loadSearchSources } from './sources';

const NOW = new Date('2026-11-25T10:00:00');
const keys = (live: LiveSearch, query: string) =>
  live.search(query, 100).groups.flatMap((g) => g.hits.map((h) => `${g.kind}:${h.entry.title}`));

const { sources } = await loadSearchSources();

function started(): LiveSearch {
  const live = new LiveSearch(searchRepo, sources);
  live.start();
  return live;
}

describe('the live search index', () => {
  it('is built from what is stored, then follows every committed write: a new unit, a new item, a rename', async () => {
    freshDb();
    const town = await unitsRepo.create(aUnit({ kind: 'town', name: '牛庄镇' }));
    const live = started();
    await live.whenIdle();
    expect(live.status.state).toBe('ready');
    expect(keys(live, '牛庄')).toEqual(['unit:牛庄镇']);

    const village = await unitsRepo.create(aUnit({ kind: 'village', name: '东关村', parentId: town.id }));
    await supervisionItemsCreateRepo.createInstruction(
      {
        matter: '人才驿站建设',
        requirement: '年底前建成',
        dueOn: '2026-12-31',
        replyBy: '2026-12-31',
        by: '张书记',
        on: '2026-11-01',
        ref: '《人才工作专报》第5期',
        category: 'leaderInstructions',
        unitIds: [village.id],
        secrecy: 'secret',
      },
      NOW,
    );
    await live.whenIdle();
    // The village shows its town, the item its unit: both are searched.
    expect(keys(live, '牛庄镇 东关')).toEqual(['unit:东关村']);
    expect(keys(live, '东关村 驿站')).toEqual(['item:人才驿站建设']);
    expect(live.search('驿站').groups[0].hits[0].entry.secrecy).toBe('secret');

    // Renaming the village reaches the item that shows its name.
    await unitsRepo.update(village.id, aUnit({ kind: 'village', name: '东关社区', parentId: town.id }));
    await live.whenIdle();
    expect(keys(live, '东关社区 驿站')).toEqual(['item:人才驿站建设']);
    expect(keys(live, '东关村 驿站')).toEqual([]);
    live.stop();
  });

  it('follows the sample data in and out, bulk writes and removal in one transaction', async () => {
    freshDb();
    const live = started();
    await live.whenIdle();
    expect(live.stats().entries).toBe(0);
    await sampleRepo.load({ unitCount: 60, peopleCount: 40, now: NOW });
    await live.whenIdle();
    const loaded = live.stats().entries;
    expect(loaded).toBeGreaterThan(100);
    expect(live.search('调度会议').total).toBeGreaterThan(0);

    // A second index built from scratch holds the same entries as the one kept up to date.
    const rebuilt = started();
    await rebuilt.whenIdle();
    expect(rebuilt.stats().entries).toBe(loaded);
    expect(rebuilt.search('人才').total).toBe(live.search('人才').total);
    rebuilt.stop();

    await sampleRepo.remove();
    await live.whenIdle();
    expect(live.stats().entries).toBe(0);
    live.stop();
  });

  it('forgets everything when stopped (sign-out) and hears no more writes', async () => {
    freshDb();
    await unitsRepo.create(aUnit({ name: '海城市教育局' }));
    const live = started();
    await live.whenIdle();
    expect(live.search('教育局').total).toBe(1);
    live.stop();
    await unitsRepo.create(aUnit({ name: '海城市教育局二' }));
    expect(live.search('教育局').total).toBe(0);
  });
});
