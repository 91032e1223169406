import { describe, expect, it } from 'vitest';
import { queryTerms, searchable } from './normalise';

describe('the text a search compares', () => {
  it('drops spaces, punctuation and invisible format characters, and folds full-width and case', () => {
    expect(searchable('海城 市，“党管人才”！')).toBe('海城市党管人才');
    expect(searchable('Ａ区 Wi-Fi ２０２６年')).toBe('a区wifi2026年');
    expect(searchable('138-0000-1234')).toBe('13800001234');
    expect(searchable('人才\u200b驿站\u3000建设')).toBe('人才驿站建设');
  });

  it('splits a query at spaces, full-width ones too, and drops empty and repeated terms', () => {
    expect(queryTerms('牛庄镇　人才驿站  牛庄镇')).toEqual(['牛庄镇', '人才驿站']);
    expect(queryTerms(' ， 。 ')).toEqual([]);
    expect(queryTerms('〔2026〕3号')).toEqual(['20263号']);
  });
});
