import { describe, expect, it } from 'vitest';
import { catalogueOf } from '../../shared/core/search/catalogue';
import { CatalogueAdopter, catalogueImage } from '../../shared/core/search/catalogueImage';
import type { SearchEntry } from '../../shared/core/search/entry';
import { createRandom } from '../../renderer/core/sample';
import { searchCorpus } from '../support/searchCorpus';

/**
 * The oracle: a plain scan, written apart from the engine. A record is found iff each typed term
 * (split at spaces) is a substring of one of its fields, once spaces, punctuation and format
 * characters are dropped and full-width ASCII and Latin case are folded — the rule of Ctrl+F.
 */
const dropped = /[\s\p{P}\p{Z}\p{Cc}\p{Cf}]/u;
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const half = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch;
    if (!dropped.test(half)) out += half.toLowerCase();
  }
  return out;
}
const folded = new WeakMap<SearchEntry, string[]>();
function fieldsOf(e: SearchEntry): string[] {
  let fields = folded.get(e);
  if (!fields) folded.set(e, (fields = [e.title, e.subtitle ?? '', ...e.fields.map((f) => f ?? '')].map(fold)));
  return fields;
}
function oracle(entries: readonly SearchEntry[], query: string): string[] {
  const terms = query.split(/\s+/u).map(fold).filter(Boolean);
  if (terms.length === 0) return [];
  return entries
    .filter((e) => {
      const fields = fieldsOf(e);
      return terms.every((t) => fields.some((f) => f.includes(t)));
    })
    .map((e) => e.key)
    .sort();
}

const { tables, sources } = await searchCorpus();
const byKey = new Map<string, SearchEntry>();
const catalogue = catalogueOf(sources, tables, (entry) => byKey.set(entry.key, entry));
const entries = [...byKey.values()];
const found = (query: string) => catalogue.index.findKeys(query).sort();

// The same records built as the build worker builds them, then handed over as it hands them: each
// message cloned (its buffers transferred) and adopted by a fresh catalogue, as on the main thread.
const adopter = new CatalogueAdopter(sources);
for (const { message, transfer } of catalogueImage(catalogueOf(sources, tables)))
  adopter.take(structuredClone(message, { transfer }));
const handedOver = (query: string) => adopter.catalogue.index.findKeys(query).sort();

/** Typed by hand: what an office worker searches for, and the traps of Chinese and mixed text. */
const QUERIES = [
  // single characters (Han, Latin, digit)
  '人',
  '才',
  '镇',
  '村',
  '督',
  '会',
  '站',
  '驿',
  'A',
  'b',
  '2',
  '号',
  // cross-word substrings: no dictionary would cut here
  '才引',
  '站建',
  '会议纪',
  '镇人',
  '才工作会',
  '查抽',
  '事项督',
  '作要',
  // place names: 东关村 must not find 关于, nor 东关 find 关东
  '东关村',
  '东关',
  '关于',
  '牛庄镇',
  '西柳',
  '腾鳌',
  '海城经济开发区',
  '感王',
  // mixed Latin and digits, and their full-width forms
  '2026年',
  'A区',
  'a区',
  'Ａ区',
  '２０２６年',
  'B区孵化器',
  'Wi-Fi',
  'wifi',
  '〔2026〕',
  '海人才督〔2026〕',
  // punctuation and spaces are ignored inside a term
  '“党管人才”',
  '党管人才',
  '人才 驿站',
  '人才驿站',
  '兴辽英才',
  '“兴辽英才计划”',
  // several terms: every one must be there
  '牛庄镇 人才',
  '人才公寓 班车',
  '督办 2026',
  '纪要 第',
  '满意 A区',
  '东关村 驿站',
  // names and numbers
  '刘',
  '王',
  '138',
  '1301234',
  '第三期',
  '办结',
  // nothing, or nothing to find
  '不存在的词语',
  'zzz',
  '，',
  '  ',
  '',
];

describe('the header search against a plain substring scan (precision and recall)', () => {
  it('holds a corpus of at least 200 real-looking records of every kind', () => {
    expect(entries.length).toBeGreaterThanOrEqual(200);
    const kinds = new Set(entries.map((e) => e.kind));
    for (const kind of ['unit', 'person', 'meeting', 'topic', 'minutes', 'document', 'check', 'finding', 'item'])
      expect(kinds).toContain(kind);
    for (const kind of ['feedback', 'explanation', 'round', 'application', 'ledgerEntry'])
      expect(kinds).toContain(kind);
    for (const kind of ['evaluationRecord', 'opinion', 'questionnaire']) expect(kinds).toContain(kind);
    expect(QUERIES.length).toBeGreaterThanOrEqual(50);
  });

  it('finds applications, evaluation records and opinions by what they say, not only by their titles', () => {
    const kindsOf = (query: string) => new Set(found(query).map((key) => byKey.get(key)!.kind));
    expect(kindsOf('B区孵化器')).toContain('application');
    expect(kindsOf('Wi-Fi')).toEqual(new Set(['evaluationRecord', 'opinion']));
    expect(kindsOf('海人才办')).toContain('ledgerEntry');
    expect(kindsOf('问卷')).toContain('questionnaire');
  });

  it.each(QUERIES.map((q) => [q]))('finds exactly what the scan finds for %j', (query) => {
    expect(found(query)).toEqual(oracle(entries, query));
  });

  it('finds exactly what the scan finds once handed over from the build worker, every query and 200 pieces', () => {
    expect(adopter.done).toBe(true);
    const rng = createRandom('search-handover');
    const piece = () => {
      const entry = rng.pick(entries);
      const text = rng.pick([entry.title, ...entry.fields.map((f) => f ?? '')]) || entry.title;
      const start = rng.int(0, Math.max(0, text.length - 1));
      return text.slice(start, start + rng.int(1, 6));
    };
    const queries = [...QUERIES, ...Array.from({ length: 200 }, piece)];
    for (const query of queries) expect(handedOver(query), query).toEqual(oracle(entries, query));
    expect(queries.filter((q) => handedOver(q).length > 0).length).toBeGreaterThan(200);
  });

  it('finds the village 东关村 without the texts that only say 关于', () => {
    const withGuanyu = oracle(entries, '关于').filter((k) => !oracle(entries, '东关村').includes(k));
    expect(withGuanyu.length).toBeGreaterThan(0);
    expect(found('东关村').length).toBeGreaterThan(0);
    for (const key of withGuanyu) expect(found('东关村')).not.toContain(key);
  });

  it('finds exactly what the scan finds for 400 pieces cut at random from the records, alone and in pairs', () => {
    const rng = createRandom('search-property');
    const piece = () => {
      const entry = rng.pick(entries);
      const text = rng.pick([entry.title, entry.subtitle ?? '', ...entry.fields.map((f) => f ?? '')]) || entry.title;
      const start = rng.int(0, Math.max(0, text.length - 1));
      return text.slice(start, start + rng.int(1, 8));
    };
    let checked = 0;
    for (let i = 0; i < 400; i++) {
      const query = i % 4 === 3 ? `${piece()} ${piece()}` : piece();
      const expected = oracle(entries, query);
      expect(found(query), query).toEqual(expected);
      if (expected.length > 0) checked++;
    }
    // Cut from the records themselves, nearly every piece finds something.
    expect(checked).toBeGreaterThan(300);
  });
});
