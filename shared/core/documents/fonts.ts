/**
 * The standard's fonts per role, then named fallbacks (docformat.md "Fonts"). Nothing is fetched
 * and no commercial font is bundled: the app uses the first installed name per role and warns
 * before printing or exporting with a substitute.
 */
export const FONT_ROLES = ['fangsong', 'songti', 'heiti', 'kaiti', 'xiaobiaosong'] as const;
// fangsong 仿宋 (body) · songti 宋体 (page numbers) · heiti 黑体 (level-1 headings, labels) ·
// kaiti 楷体 (level-2 headings) · xiaobiaosong 小标宋 (titles, marks)
export type FontRole = (typeof FONT_ROLES)[number];

export const FONT_STACKS: Record<FontRole, readonly string[]> = {
  fangsong: [
    '仿宋_GB2312',
    'FangSong_GB2312',
    '仿宋',
    'FangSong',
    'STFangsong',
    '方正仿宋_GBK',
    'Noto Serif CJK SC',
    'AR PL UMing CN',
  ],
  songti: ['宋体', 'SimSun', 'STSong', 'Noto Serif CJK SC', 'AR PL UMing CN'],
  heiti: ['黑体', 'SimHei', '方正黑体_GBK', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei'],
  kaiti: [
    '楷体_GB2312',
    'KaiTi_GB2312',
    '楷体',
    'KaiTi',
    'STKaiti',
    '方正楷体_GBK',
    'AR PL KaitiM GB',
    'AR PL UKai CN',
  ],
  xiaobiaosong: [
    '方正小标宋简体',
    '方正小标宋_GBK',
    'FZXiaoBiaoSong-B05S',
    '华文中宋',
    'STZhongsong',
    'Noto Serif CJK SC Bold',
  ],
};

/** The generic family a stack ends with in CSS. */
export const GENERIC_FAMILY: Record<FontRole, 'serif' | 'sans-serif'> = {
  fangsong: 'serif',
  songti: 'serif',
  heiti: 'sans-serif',
  kaiti: 'serif',
  xiaobiaosong: 'serif',
};

/** The standard's own face per role: anything else is a substitute worth a warning. */
const STANDARD_FACES: Record<FontRole, readonly string[]> = {
  fangsong: ['仿宋_GB2312', 'FangSong_GB2312'],
  songti: ['宋体', 'SimSun'],
  heiti: ['黑体', 'SimHei'],
  kaiti: ['楷体_GB2312', 'KaiTi_GB2312'],
  xiaobiaosong: ['方正小标宋简体', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05S'],
};

/** The face GB/T 9704 (and office practice for page numbers) names per role: what the .docx writes. */
export const OFFICIAL_FACE: Record<FontRole, string> = {
  fangsong: STANDARD_FACES.fangsong[0],
  songti: STANDARD_FACES.songti[0],
  heiti: STANDARD_FACES.heiti[0],
  kaiti: STANDARD_FACES.kaiti[0],
  xiaobiaosong: STANDARD_FACES.xiaobiaosong[0],
};

export interface FontChoice {
  role: FontRole;
  /** First installed name of the stack, or the stack's first name when none is installed. */
  family: string;
  isInstalled: boolean;
  isStandard: boolean;
  /** For a face that is no family of its own (LOCAL_FACES): the local() name that answered on this PC. */
  localSource?: string;
}

/**
 * Stack entries that name one face of a family, not a family: print reaches them only through an
 * @font-face alias whose sources are local() names (full name, then PostScript name; html/fontCss.ts),
 * so a host finds them by loading those sources, not by asking for a family.
 */
export const LOCAL_FACES: Record<string, { alias: string; sources: readonly string[] }> = {
  'Noto Serif CJK SC Bold': {
    alias: 'TOW Noto Serif CJK SC Bold',
    sources: ['Noto Serif CJK SC Bold', 'NotoSerifCJKsc-Bold'],
  },
};

export type FontPlan = Record<FontRole, FontChoice>;

/** Picks the first installed face per role from what the host reports installed. */
export function planFonts(isInstalled: (family: string) => boolean): FontPlan {
  const plan = {} as FontPlan;
  for (const role of FONT_ROLES) {
    const found = FONT_STACKS[role].find(isInstalled);
    const family = found ?? FONT_STACKS[role][0];
    plan[role] = { role, family, isInstalled: !!found, isStandard: !!found && STANDARD_FACES[role].includes(found) };
  }
  return plan;
}

/** Roles printed with a substitute (or with no installed face at all): warn before output. */
export function substitutedRoles(plan: FontPlan): FontChoice[] {
  return FONT_ROLES.map((r) => plan[r]).filter((c) => !c.isStandard);
}

/** A plan that names the standard faces without checking: what Word on an office PC expects. */
export const STANDARD_FONT_PLAN: FontPlan = planFonts(
  (family) => STANDARD_FACES.fangsong.includes(family) || Object.values(STANDARD_FACES).some((f) => f[0] === family),
);
