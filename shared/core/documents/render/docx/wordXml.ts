/**
 * Pieces of WordprocessingML the renderer writes by hand (the Normal style, the font table).
 * WORDML_NAMESPACE is an XML namespace name — an identifier that only looks like an address; nothing
 * ever fetches it (ECMA-376 Part 1 §17). Word, WPS and LibreOffice match it as a string.
 */
export const WORDML_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A value for an XML attribute in double quotes. */
export const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
