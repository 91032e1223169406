import { DocumentAttributeNamespaces } from 'docx';

/**
 * Pieces of WordprocessingML the renderer writes by hand (the Normal style, the font table), with the
 * namespace names the docx package writes into every other part — taken from it, not spelled again.
 * A namespace name is an identifier that only looks like an address: nothing ever fetches it.
 */
export const WORDML_NAMESPACES = DocumentAttributeNamespaces;

/** A value for an XML attribute in double quotes. */
export const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
