import { describe, expect, it } from 'vitest';
import { substitutedRoles } from '../../../../shared/core/documents/fonts';
import { planAsPrinted } from './fontDetection';

/** This Debian machine as the renderer sees it: Noto families by the canvas probe, no official face. */
const DEBIAN_FAMILIES = new Set(['Noto Serif CJK SC', 'Noto Sans CJK SC', 'AR PL UKai CN']);
const isFamily = (family: string) => DEBIAN_FAMILIES.has(family);

describe('the fonts documents print with, as print gets them', () => {
  it('finds the 小标宋 role’s Noto Serif CJK SC Bold through the local() source print uses, and names it', async () => {
    const tried: string[] = [];
    const plan = await planAsPrinted(isFamily, async (source) => {
      tried.push(source);
      return source === 'NotoSerifCJKsc-Bold';
    });
    expect(tried).toEqual(['Noto Serif CJK SC Bold', 'NotoSerifCJKsc-Bold']);
    expect(plan.xiaobiaosong).toEqual({
      role: 'xiaobiaosong',
      family: 'Noto Serif CJK SC Bold',
      isInstalled: true,
      isStandard: false,
      localSource: 'NotoSerifCJKsc-Bold',
    });
    // The warning lists it as the substitute print really uses, not as "no face available".
    expect(substitutedRoles(plan).find((c) => c.role === 'xiaobiaosong')).toMatchObject({ isInstalled: true });
    expect(plan.fangsong).toMatchObject({ family: 'Noto Serif CJK SC', isInstalled: true });
    expect(plan.fangsong.localSource).toBeUndefined();
  });

  it('reports the role as having no face when no local() source loads, whatever the canvas probe says', async () => {
    const plan = await planAsPrinted(
      (family) => isFamily(family) || family === 'Noto Serif CJK SC Bold',
      async () => false,
    );
    expect(plan.xiaobiaosong).toMatchObject({ family: '方正小标宋简体', isInstalled: false });
  });

  it('prefers an installed official family over the local() face', async () => {
    const plan = await planAsPrinted(
      (family) => isFamily(family) || family === '方正小标宋简体',
      async () => true,
    );
    expect(plan.xiaobiaosong).toMatchObject({ family: '方正小标宋简体', isStandard: true });
    expect(plan.xiaobiaosong.localSource).toBeUndefined();
  });
});
