import { FONT_ROLES, FONT_STACKS, GENERIC_FAMILY, type FontPlan, type FontRole } from '../../fonts';
import { cssString } from './escape';

/**
 * Noto Serif CJK SC Bold is a face, not a family: the 小标宋 fallback reaches it through an
 * alias whose only source is local() (no web fonts, docformat.md "Fonts"). Declared at normal
 * weight so titles are never synthesised bold on top of it.
 */
const NOTO_BOLD_FACE = 'Noto Serif CJK SC Bold';
const NOTO_BOLD_ALIAS = 'TOW Noto Serif CJK SC Bold';

/** CSS custom property holding each role's stack. */
export const FONT_VAR: Record<FontRole, string> = {
  fangsong: '--font-fangsong',
  songti: '--font-songti',
  heiti: '--font-heiti',
  kaiti: '--font-kaiti',
  xiaobiaosong: '--font-xiaobiaosong',
};

/** The role's stack from FONT_STACKS, with the plan's chosen family first when given. */
export function fontFamily(role: FontRole, plan?: FontPlan): string {
  const names = new Set([plan?.[role]?.family, ...FONT_STACKS[role]].filter((n): n is string => !!n));
  const quoted = [...names].map((name) => cssString(name === NOTO_BOLD_FACE ? NOTO_BOLD_ALIAS : name));
  return [...quoted, GENERIC_FAMILY[role]].join(',');
}

export function fontCss(plan?: FontPlan): string {
  const face = `@font-face{font-family:${cssString(NOTO_BOLD_ALIAS)};font-weight:normal;src:local(${cssString(NOTO_BOLD_FACE)}),local("NotoSerifCJKsc-Bold")}`;
  const vars = FONT_ROLES.map((role) => `${FONT_VAR[role]}:${fontFamily(role, plan)}`).join(';');
  return `${face}\n:root{${vars}}`;
}
