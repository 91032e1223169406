import { describe, expect, it } from 'vitest';
import { locate, queryTerms, searchable } from './normalise';

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

  it('locates a term in the original text across the spaces and punctuation it ignores', () => {
    const text = '关于牛庄镇 人才驿站，建设的通知';
    const [start, end] = locate(text, '人才驿站建设')!;
    expect(text.slice(start, end)).toBe('人才驿站，建设');
    expect(locate('Ａ区会议室', 'a区')).toEqual([0, 2]);
    expect(locate('东关村', '关于')).toBeNull();
  });
});
