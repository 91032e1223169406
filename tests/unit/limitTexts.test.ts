import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { en, zhCN } from '../support/texts';
import { freshDb } from '../support/testDb';
import { zodValidate } from '../../renderer/core/ui/zodValidate';
import { errorText } from '../../renderer/core/ui/useErrorText';
import { limitTextOptions } from '../../shared/core/common/issueLimit';
import { unitsRepo } from '../../renderer/systems/registry/data/unitsRepo';
import { NO_UNITS, planUnitImport } from '../../shared/systems/registry/unitImport';

async function translator(lng: 'zh-CN' | 'en'): Promise<TFunction> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { [lng]: { translation: lng === 'en' ? en : zhCN } } });
  return i18n.t;
}

const MEMBER = { kind: 'member' as const, parentId: null };

describe('a too long entry says the limit', () => {
  it('in a form: 501 characters where 500 fit says 最多 500 字 / at most 500 characters', async () => {
    const schema = z.object({
      opinion: z.string().max(500),
      units: z.array(z.string()).max(3),
      score: z.number().max(10),
    });
    const values = { opinion: '长'.repeat(501), units: ['a', 'b', 'c', 'd'], score: 11 };
    expect(zodValidate(schema, await translator('zh-CN'))(values)).toEqual({
      opinion: '内容过长：最多 500 字',
      units: '过多：最多 3 项',
      score: '不能大于 10',
    });
    expect(zodValidate(schema, await translator('en'))(values).opinion).toBe('Too long: at most 500 characters');
  });

  it('from a repository: a unit name of 101 characters is refused with the limit of 100', async () => {
    freshDb();
    const error = await unitsRepo.create({ ...MEMBER, name: '名'.repeat(101) }).catch((e: unknown) => e);
    expect(errorText(await translator('zh-CN'), error)).toBe('名称：内容过长：最多 100 字');
    expect(errorText(await translator('en'), error)).toMatch(/: Too long: at most 100 characters$/);
  });

  it('in an import preview: the bad row carries the limit its reason states', async () => {
    const sheet = { headers: ['类别', '名称'], keys: ['类别', '名称'], problems: [], rowCount: 1 };
    const plan = await planUnitImport(
      { ...sheet, rows: [{ 类别: '成员单位', 名称: '名'.repeat(101) }], rowNumbers: [2] },
      NO_UNITS,
    );
    expect(plan.bad).toEqual([
      { row: 2, field: 'name', rule: 'too_big', value: '名'.repeat(101), max: 100, of: 'string' },
    ]);
    const t = await translator('zh-CN');
    expect(t('common.rules.too_big', limitTextOptions(plan.bad[0]))).toBe('内容过长：最多 100 字');
  });
});
