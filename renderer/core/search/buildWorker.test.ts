import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/support/testDb';
import { aUnit } from '../../../tests/support/builders';
import { unitsRepo } from '../../systems/registry/data/unitsRepo';
import { supervisionItemsCreateRepo } from '../../systems/supervision/data/supervisionItemsCreateRepo';
import { sampleRepo } from '../data/sampleRepo';
import { searchRepo } from '../data/searchRepo';
import { type BuildScope, serveSearchBuild } from './buildWorker';
import { type BuildWorker, LiveSearch } from './liveSearch';
import { loadSearchSources } from './sources';

const NOW = new Date('2026-11-25T10:00:00');
const { sources } = await loadSearchSources();
const keys = (live: LiveSearch, query: string) =>
  live.search(query, 100).groups.flatMap((g) => g.hits.map((h) => `${g.kind}:${h.entry.title}:${h.entry.secrecy}`));

/**
 * The build worker in this process: the same code the app's worker runs (searchWorker.ts), behind
 * a MessageChannel, so every message is cloned and its buffers transferred as between threads.
 */
function inProcessWorker(): BuildWorker {
  const channel = new MessageChannel();
  serveSearchBuild(channel.port2 as unknown as BuildScope, () => Promise.resolve(sources));
  const port = channel.port1 as unknown as BuildWorker & MessagePort;
  return {
    set onmessage(handler: BuildWorker['onmessage']) {
      port.onmessage = handler as MessagePort['onmessage'];
    },
    get onmessage() {
      return port.onmessage as BuildWorker['onmessage'];
    },
    postMessage: (message) => port.postMessage(message),
    terminate: () => {
      channel.port1.close();
      channel.port2.close();
    },
  };
}

function started(buildWorker?: () => BuildWorker): LiveSearch {
  const live = new LiveSearch(searchRepo, sources, buildWorker);
  live.start();
  return live;
}

describe('the search index built in a worker', () => {
  it('is handed over whole, keeps the 密级 badge, and then follows writes: a new unit, a rename', async () => {
    freshDb();
    const town = await unitsRepo.create(aUnit({ kind: 'town', name: '牛庄镇' }));
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
    const live = started(inProcessWorker);
    await live.whenIdle();
    expect(live.lastBuild?.inWorker).toBe(true);
    expect(live.status).toEqual({ state: 'ready', indexed: 3 });
    expect(keys(live, '牛庄镇 东关')).toEqual(['unit:东关村:public']);
    expect(keys(live, '东关村 驿站')).toEqual(['item:人才驿站建设:secret']);

    // After the hand-over the main thread keeps it: a new record, and a rename reaching who shows the name.
    await unitsRepo.create(aUnit({ kind: 'village', name: '西柳村', parentId: town.id }));
    await unitsRepo.update(village.id, aUnit({ kind: 'village', name: '东关社区', parentId: town.id }));
    await live.whenIdle();
    expect(keys(live, '西柳')).toEqual(['unit:西柳村:public']);
    expect(keys(live, '东关社区 驿站')).toEqual(['item:人才驿站建设:secret']);
    expect(keys(live, '东关村 驿站')).toEqual([]);
    live.stop();
  });

  it('answers every query as the index built on the main thread does, over the sample office', async () => {
    freshDb();
    await sampleRepo.load({ unitCount: 60, peopleCount: 40, now: NOW });
    const inWorker = started(inProcessWorker);
    const inPlace = started();
    await Promise.all([inWorker.whenIdle(), inPlace.whenIdle()]);
    expect(inWorker.lastBuild?.inWorker).toBe(true);
    expect(inPlace.lastBuild?.inWorker).toBe(false);
    expect(inWorker.stats().entries).toBeGreaterThan(100);
    expect(inWorker.stats()).toMatchObject({ ...inPlace.stats(), postingBytes: expect.any(Number) });
    for (const query of ['人', '镇', '人才', '调度会议', '才引', '2026年', 'A区', '督办 2026', '不存在的词语'])
      expect(keys(inWorker, query), query).toEqual(keys(inPlace, query));
    expect(inWorker.search('人才').total).toBeGreaterThan(0);
    inWorker.stop();
    inPlace.stop();
  });

  it('is built on the main thread after all when the worker cannot run', async () => {
    freshDb();
    await unitsRepo.create(aUnit({ name: '海城市教育局' }));
    const live = started(() => {
      throw new Error('no workers here');
    });
    await live.whenIdle();
    expect(live.lastBuild).toEqual({ inWorker: false, workerFailed: 'no workers here' });
    expect(keys(live, '教育局')).toEqual(['unit:海城市教育局:public']);
    live.stop();
  });
});
