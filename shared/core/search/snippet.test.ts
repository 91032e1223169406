import { describe, expect, it } from 'vitest';
import { locate, marksIn, snippetOf } from './snippet';

describe('what a hit shows', () => {
  it('locates a term in the original text across the spaces and punctuation it ignores', () => {
    const text = '关于牛庄镇 人才驿站，建设的通知';
    const [start, end] = locate(text, '人才驿站建设')!;
    expect(text.slice(start, end)).toBe('人才驿站，建设');
    expect(locate('Ａ区会议室', 'a区')).toEqual([0, 2]);
    expect(locate('东关村', '关于')).toBeNull();
  });

  it('marks every place a term stands, and cuts the words around the first hit of the fields', () => {
    expect(marksIn('人才驿站、人才公寓', ['人才'])).toEqual([
      [0, 2],
      [5, 7],
    ]);
    const long = `${'甲'.repeat(40)}牛庄镇人才驿站建设${'乙'.repeat(40)}`;
    const snippet = snippetOf([null, '无关的字段', long], ['驿站'], 20)!;
    expect(snippet.text).toBe(`…牛庄镇人才驿站建设${'乙'.repeat(11)}…`);
    const [[a, b]] = snippet.marks;
    expect(snippet.text.slice(a, b)).toBe('驿站');
  });
});
