/*
 * The little XML an .xlsx needs: attributes of one tag and the text of <t> elements. A workbook's
 * parts are machine-written, flat and regular; a full DOM of a million-row sheet would not fit.
 */

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function codePoint(n: number): string {
  return n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd';
}

/** XML character references and entities, then OOXML's _xHHHH_ escapes (how Excel keeps a control character). */
export function decodeXmlText(raw: string): string {
  if (!raw.includes('&') && !raw.includes('_x')) return raw;
  const xml = raw.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, ref: string) =>
    ref[0] !== '#'
      ? ENTITIES[ref]
      : codePoint(ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)),
  );
  return xml.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The attributes of a tag's inside (`r="A1" t="s"`), names without their namespace prefix. */
export function attributes(tagInside: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tagInside))) {
    const name = m[1].includes(':') && !m[1].startsWith('xmlns') ? m[1].slice(m[1].indexOf(':') + 1) : m[1];
    if (!(name in out)) out[name] = decodeXmlText(m[2] ?? m[3] ?? '');
  }
  return out;
}

/** Each tag `<name …>` or `<p:name …/>` in xml, with its attributes. */
export function eachTag(xml: string, name: string): Record<string, string>[] {
  const re = new RegExp(`<(?:\\w+:)?${name}\\b([^>]*)>`, 'g');
  return [...xml.matchAll(re)].map((m) => attributes(m[1].replace(/\/$/, '')));
}

const T_ELEMENT = /<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;
const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;

/** The text of a string item (<si>, <is>): its <t>, or the <t> of each rich-text run; phonetic guides left out. */
export function stringItemText(inner: string): string {
  const body = inner.includes('rPh') ? inner.replace(PHONETIC, '') : inner;
  let text = '';
  for (const m of body.matchAll(T_ELEMENT)) text += m[1] ?? '';
  return decodeXmlText(text);
}
