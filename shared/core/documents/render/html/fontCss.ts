import { FONT_ROLES, FONT_STACKS, GENERIC_FAMILY, LOCAL_FACES, type FontPlan, type FontRole } from '../../fonts';
import { cssString } from './escape';

/**
 * Noto Serif CJK SC Bold is a face, not a family: the 小标宋 fallback reaches it through an
 * alias whose only sources are local() (no web fonts, docformat.md "Fonts"; LOCAL_FACES). Declared
 * at normal weight so titles are never synthesised bold on top of it.
 */
const aliasOf = (name: string) => LOCAL_FACES[name]?.alias ?? name;

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
  const quoted = [...names].map((name) => cssString(aliasOf(name)));
  return [...quoted, GENERIC_FAMILY[role]].join(',');
}

export function fontCss(plan?: FontPlan): string {
  const faces = Object.values(LOCAL_FACES).map(
    ({ alias, sources }) =>
      `@font-face{font-family:${cssString(alias)};font-weight:normal;src:` +
      `${sources.map((s) => `local(${cssString(s)})`).join(',')}}`,
  );
  const vars = FONT_ROLES.map((role) => `${FONT_VAR[role]}:${fontFamily(role, plan)}`).join(';');
  return `${faces.join('\n')}\n:root{${vars}}`;
}
