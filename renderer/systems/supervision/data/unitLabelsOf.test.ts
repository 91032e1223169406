import { beforeEach, expect, it } from 'vitest';
import { freshDb } from '../../../../tests/support/testDb';
import { supervisionRegistry } from '../../../../tests/support/supervisionFixtures';
import { supervisionItemsRepo } from './supervisionItemsRepo';

beforeEach(() => void freshDb());

it('names a check’s villages with their town (牛庄镇·大河村) and every other unit by its name', async () => {
  const { town, zone, villages } = await supervisionRegistry();
  const labels = await supervisionItemsRepo.unitLabelsOf([villages[1].id, zone.id, town.id, villages[1].id]);
  expect([...labels.entries()]).toEqual([
    [villages[1].id, '牛庄镇·大河村'],
    [zone.id, '海城经济开发区'],
    [town.id, '牛庄镇'],
  ]);
});
