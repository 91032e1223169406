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

/** 20 MB, 1.5 MB, 830 KB: sizes as people read them. */
export function fileSizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
