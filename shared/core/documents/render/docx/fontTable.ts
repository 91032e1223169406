import { FONT_ROLES, STANDARD_FONT_PLAN, type FontRole } from '../../fonts';
import { escapeAttribute, WORDML_NAMESPACES } from './wordXml';

/**
 * word/fontTable.xml: what Word and WPS read to stand in for a face the PC lacks (ECMA-376 §17.8).
 * The .docx always names the official faces (GB/T 9704: 小标宋, 仿宋_GB2312, 黑体, 楷体_GB2312, and
 * 宋体 for page numbers), whatever this PC has; each entry gives the face Windows itself ships as
 * its alternative (w:altName), the PANOSE class, the GB2312 character set (w:charset 86) and the
 * family and pitch, so a PC without the official face substitutes the nearest standard one.
 */
export interface FontTableEntry {
  name: string;
  altName?: string;
  panose: string;
  /** Hex character set: 86 GB2312, 00 ANSI. */
  charset: string;
  family: 'roman' | 'swiss' | 'modern' | 'auto';
  pitch: 'fixed' | 'variable';
}

/** Per role, the official face and what stands in for it; PANOSE numbers of the Windows faces. */
export const OFFICIAL_FONT_ENTRIES: Record<FontRole, FontTableEntry> = {
  fangsong: {
    name: '仿宋_GB2312',
    altName: '仿宋',
    panose: '02010609030101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  songti: {
    name: '宋体',
    altName: 'SimSun',
    panose: '02010600030101010101',
    charset: '86',
    family: 'auto',
    pitch: 'variable',
  },
  heiti: {
    name: '黑体',
    altName: 'SimHei',
    panose: '02010609060101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  kaiti: {
    name: '楷体_GB2312',
    altName: '楷体',
    panose: '02010609030101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  xiaobiaosong: {
    name: '方正小标宋简体',
    altName: '宋体',
    panose: '02010600010101010101',
    charset: '86',
    family: 'auto',
    pitch: 'variable',
  },
};

/** The Latin face every run names beside its Chinese one. */
const LATIN_ENTRY: FontTableEntry = {
  name: 'Times New Roman',
  panose: '02020603050405020304',
  charset: '00',
  family: 'roman',
  pitch: 'variable',
};

function entryXml(e: FontTableEntry): string {
  const alt = e.altName ? `<w:altName w:val="${escapeAttribute(e.altName)}"/>` : '';
  return (
    `<w:font w:name="${escapeAttribute(e.name)}">${alt}<w:panose1 w:val="${e.panose}"/>` +
    `<w:charset w:val="${e.charset}"/><w:family w:val="${e.family}"/><w:pitch w:val="${e.pitch}"/></w:font>`
  );
}

/** The whole part, for Packer's overrides (it replaces docx's empty font table). */
export function fontTableXml(): string {
  const entries = [...FONT_ROLES.map((role) => OFFICIAL_FONT_ENTRIES[role]), LATIN_ENTRY];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:fonts xmlns:w="${WORDML_NAMESPACES.w}">` +
    entries.map(entryXml).join('') +
    '</w:fonts>'
  );
}

/** The names the .docx writes per role: the official faces, never this PC's substitutes. */
export const DOCX_FONT_NAMES = STANDARD_FONT_PLAN;
