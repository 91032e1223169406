/** 会议材料: files kept with a topic (S1-3.1 印发会议材料). One file at most this size. */
export const MATERIAL_MAX_BYTES = 20 * 1024 * 1024;

/** File types staff hand out as meeting materials. */
export const MATERIAL_EXTENSIONS = [
  'pdf',
  'doc',
  'docx',
  'wps',
  'xls',
  'xlsx',
  'et',
  'ppt',
  'pptx',
  'dps',
  'txt',
  'jpg',
  'jpeg',
  'png',
  'ofd',
] as const;

/** Sizes as people read them (one rule for every attachment). */
export { fileSizeText } from '../../core/common/attachment';
