import { describe, expect, it } from 'vitest';
import { lines, names, parseBody } from './parseBody';

describe('parseBody', () => {
  it('turns the four heading labels into headings and other lines into paragraphs', () => {
    expect(parseBody('一、总体要求\n（一）明确责任\n1. 加强协调。\n（2）定期调度\n各单位要高度重视。\n\n')).toEqual([
      { type: 'heading', level: 1, text: '总体要求' },
      { type: 'heading', level: 2, text: '明确责任' },
      { type: 'heading', level: 3, text: '加强协调。' },
      { type: 'heading', level: 4, text: '定期调度' },
      { type: 'paragraph', text: '各单位要高度重视。' },
    ]);
  });

  it('splits names on new lines and commas, attachment lines on new lines only', () => {
    expect(names('市委办公室，市政府办公室\n市教育局、市财政局')).toEqual([
      '市委办公室',
      '市政府办公室',
      '市教育局',
      '市财政局',
    ]);
    expect(lines('会议议程\n参会回执（含姓名、职务）\n')).toEqual(['会议议程', '参会回执（含姓名、职务）']);
  });
});
