import {
  LineRuleType,
  Paragraph,
  Tab,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { FontPlan, FontRole } from '../../fonts';
import { SharedParagraphProperties, SharedPropertiesRun, SharedRunProperties } from './sharedProperties';
import { BODY_CHARACTER_SPACING, LINE, SIZE } from './units';

/** Latin letters and digits: Word has no fallback list, so every run names both faces. */
const LATIN_FACE = 'Times New Roman';

/** A stack entry such as "Noto Serif CJK SC Bold" names the bold style of a family, not a family. */
export function faceOf(fonts: FontPlan, role: FontRole): { name: string; isBold: boolean } {
  const family = fonts[role].family;
  const bold = / Bold$/.exec(family);
  return bold ? { name: family.slice(0, bold.index), isBold: true } : { name: family, isBold: false };
}

/** w:rFonts with eastAsia, ascii, hAnsi and hint eastAsia: quotes and dashes take the CJK face. */
export function runFonts(fonts: FontPlan, role: FontRole) {
  const { name } = faceOf(fonts, role);
  return { eastAsia: name, ascii: LATIN_FACE, hAnsi: LATIN_FACE, hint: 'eastAsia' } as const;
}

export interface RunStyle {
  role: FontRole;
  /** Half-points; 三号 by default. */
  size?: number;
  color?: string;
  /** w:spacing in twips; the body's −0.25 pt for 三号 by default, 0 otherwise. */
  spacing?: number;
  /** Horizontal squeeze in percent (w:w), for marks wider than the 版心. */
  scale?: number;
  /** Struck through (w:strike): a revoked entry kept on the record. */
  isStruck?: boolean;
}

/** Every run carries its East Asian face and zh-CN explicitly; nothing falls back to the theme. */
export function runOptions(fonts: FontPlan, style: RunStyle): IRunOptions {
  const size = style.size ?? SIZE.san;
  const spacing = style.spacing ?? (size === SIZE.san ? BODY_CHARACTER_SPACING : 0);
  return {
    font: runFonts(fonts, style.role),
    size,
    color: style.color,
    characterSpacing: spacing || undefined,
    scale: style.scale,
    strike: style.isStruck || undefined,
    bold: faceOf(fonts, style.role).isBold || undefined,
    language: { eastAsia: 'zh-CN' },
  };
}

/**
 * The shared w:rPr of each run format (sharedProperties.ts), by everything runOptions reads: the
 * role's face, not the plan object, so a plan changed in place never gets a stale format.
 */
const sharedRunProperties = new Map<string, SharedRunProperties>();

function sharedPropertiesOf(fonts: FontPlan, style: RunStyle): SharedRunProperties {
  const key = [
    fonts[style.role].family,
    style.role,
    style.size,
    style.color,
    style.spacing,
    style.scale,
    style.isStruck,
  ].join('|');
  let shared = sharedRunProperties.get(key);
  if (!shared) sharedRunProperties.set(key, (shared = new SharedRunProperties(runOptions(fonts, style))));
  return shared;
}

export function run(fonts: FontPlan, text: string, style: RunStyle): TextRun {
  return new SharedPropertiesRun(sharedPropertiesOf(fonts, style), text);
}

/** A run that starts with a tab: the right-hand part of a line split by a right tab stop. */
export function tabbedRun(fonts: FontPlan, text: string, style: RunStyle): TextRun {
  return new TextRun({ ...runOptions(fonts, style), children: [new Tab(), text] });
}

/** Runs for text with explicit line breaks (\n), e.g. a title set as a trapezoid. */
export function brokenRuns(fonts: FontPlan, text: string, style: RunStyle): TextRun[] {
  return text
    .split('\n')
    .map((line, i) => new TextRun({ ...runOptions(fonts, style), text: line, break: i ? 1 : undefined }));
}

type ParagraphOptions = Omit<IParagraphOptions, 'children'>;

/** Paragraph options on the body's line pitch (exact 579 tw) unless told otherwise. */
const onPitch = (options: ParagraphOptions): ParagraphOptions => ({
  ...options,
  spacing: { line: LINE, lineRule: LineRuleType.EXACT, ...options.spacing },
});

/** A paragraph on the body's line pitch (exact 579 tw) unless told otherwise. */
export function paragraph(children: ParagraphChild[], options: ParagraphOptions = {}): Paragraph {
  return new Paragraph({ ...onPitch(options), children });
}

/** Properties for many paragraphs alike, prepared once (sharedProperties.ts); no numbering. */
export function sharedParagraphProperties(options: Omit<ParagraphOptions, 'numbering'>): SharedParagraphProperties {
  return new SharedParagraphProperties(onPitch(options));
}

/** An empty body line. */
export function blankLine(lines = 1): Paragraph {
  return paragraph([], { spacing: { line: Math.round(LINE * lines), lineRule: LineRuleType.EXACT } });
}
