import { LineRuleType, type IStylesOptions } from 'docx';
import type { FontPlan } from '../../fonts';
import { runFonts } from './runs';
import { BODY_CHARACTER_SPACING, LINE, SIZE } from './units';
import { escapeAttribute, WORDML_NAMESPACES as NS } from './wordXml';

/** Document defaults matching the Normal style, so no paragraph or run resolves a font through the theme. */
export function documentStyles(fonts: FontPlan): IStylesOptions {
  const run = {
    font: runFonts(fonts, 'fangsong'),
    size: SIZE.san,
    characterSpacing: BODY_CHARACTER_SPACING,
    language: { eastAsia: 'zh-CN' },
  };
  const paragraph = { spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } };
  return { default: { document: { run, paragraph } } };
}

/**
 * docx cannot write these (docformat.md): no widow control (a page holds 22 lines however a
 * paragraph breaks), no automatic space between CJK and Latin text, no snapping to the grid.
 * w:overflowPunct is 1, not docformat's 0: LibreOffice 7.4 reads the flag inverted, and with 0
 * it hangs a ， past the edge and drops it from the PDF (measured: 24 commas lost in the notice).
 * With 1 it keeps every mark inside the line, and Word hangs it as Chinese Word does by default.
 */
const NORMAL_PPR_PATCH =
  '<w:widowControl w:val="0"/><w:overflowPunct w:val="1"/>' +
  '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:snapToGrid w:val="0"/>';

const STYLES_NAMESPACES =
  `mc:Ignorable="w14 w15" xmlns:mc="${NS.mc}" xmlns:r="${NS.r}" xmlns:w="${NS.w}"` +
  ` xmlns:w14="${NS.w14}" xmlns:w15="${NS.w15}"`;

/**
 * The explicit Normal style (3号仿宋 on the 579 tw pitch, with the pPr flags above), as a styles
 * part for docx's `externalStyles`: docx keeps its default styles and document defaults beside
 * it, so nothing has to unzip and re-zip the package to patch styles.xml afterwards.
 */
export function normalStyleXml(fonts: FontPlan): string {
  const font = runFonts(fonts, 'fangsong');
  const rFonts =
    `<w:rFonts w:ascii="${escapeAttribute(font.ascii)}" w:eastAsia="` +
    `${escapeAttribute(font.eastAsia)}" w:hAnsi="${escapeAttribute(font.hAnsi)}" w:hint="${font.hint}"/>`;
  const rPr =
    `${rFonts}<w:spacing w:val="${BODY_CHARACTER_SPACING}"/><w:sz w:val="${SIZE.san}"/><w:szCs w:val="` +
    `${SIZE.san}"/><w:lang w:eastAsia="zh-CN"/>`;
  const pPr = `${NORMAL_PPR_PATCH}<w:spacing w:after="0" w:before="0" w:line="${LINE}" w:lineRule="exact"/>`;
  const normal =
    `<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/><w:pPr>` +
    `${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${STYLES_NAMESPACES}>${normal}</w:styles>`;
}
