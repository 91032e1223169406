/** Escaping for the two places text lands: HTML content/attributes and CSS string literals. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every document text goes through here: a title with <script> stays text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * A quoted CSS string (font names, margin-box content). Quotes, backslashes and line breaks are
 * hex-escaped, and so are < and >, so a value can never close the <style> element.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"'<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
