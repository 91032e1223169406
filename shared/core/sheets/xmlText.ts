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

/** Each tag `<name …>` or `<p:name …/>` in xml, with its attributes (one pass, see eachElement). */
export function eachTag(xml: string, name: string): Record<string, string>[] {
  const start = new RegExp(`<(?:\\w+:)?${name}(?=[\\s/>])`, 'y');
  const out: Record<string, string>[] = [];
  let at = xml.indexOf('<');
  while (at >= 0) {
    start.lastIndex = at;
    if (start.test(xml)) {
      const gt = xml.indexOf('>', start.lastIndex);
      if (gt < 0) break;
      out.push(attributes(xml.slice(start.lastIndex, gt).replace(/\/$/, '')));
      at = gt;
    }
    at = xml.indexOf('<', at + 1);
  }
  return out;
}

/**
 * The text of a string item (<si>, <is>): its <t>, or the <t> of each rich-text run; phonetic guides (<rPh>) left out.
 */
export function stringItemText(inner: string): string {
  let body = inner;
  if (inner.includes('rPh')) {
    const kept: string[] = [];
    let from = 0;
    eachElement(inner, 'rPh', (_a, _i, start, end) => {
      kept.push(inner.slice(from, start));
      from = end;
    });
    body = kept.join('') + inner.slice(from);
  }
  let text = '';
  eachElement(body, 't', (_attrs, t) => (text += t ?? ''));
  return decodeXmlText(text);
}

/** The inside of the first `<tag>` in xml, undefined when there is none (or it is self-closed). */
export function firstInner(xml: string, tag: string): string | undefined {
  let found: string | undefined;
  let seen = false;
  eachElement(xml, tag, (_attrs, inner) => {
    if (!seen) [found, seen] = [inner, true];
  });
  return found;
}

/**
 * Visits each `<tag …>…</tag>` (or `<p:tag …/>`) in xml, in one pass: the attributes text and the
 * inside (undefined when self-closed). Stops at the first element left open. Written with
 * indexOf, not one regular expression over the text: a crafted file of many unclosed tags would
 * make a lazy regex scan to the end once per tag (quadratic, a hang).
 */
export function eachElement(
  xml: string,
  tag: string,
  visit: (attrs: string, inner: string | undefined, start: number, end: number) => void,
): void {
  const start = new RegExp(`<(?:\\w+:)?${tag}(?=[\\s/>])`, 'y');
  const close = new RegExp(`</(?:\\w+:)?${tag}>`, 'g');
  let at = xml.indexOf('<');
  while (at >= 0) {
    start.lastIndex = at;
    if (!start.test(xml)) {
      at = xml.indexOf('<', at + 1);
      continue;
    }
    const gt = xml.indexOf('>', start.lastIndex);
    if (gt < 0) return;
    const attrs = xml.slice(start.lastIndex, gt);
    if (attrs.endsWith('/')) {
      visit(attrs.slice(0, -1), undefined, at, gt + 1);
      at = xml.indexOf('<', gt + 1);
      continue;
    }
    close.lastIndex = gt + 1;
    const end = close.exec(xml);
    if (!end) return;
    visit(attrs, xml.slice(gt + 1, end.index), at, close.lastIndex);
    at = xml.indexOf('<', close.lastIndex);
  }
}
