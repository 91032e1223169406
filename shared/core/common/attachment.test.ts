import { describe, expect, it } from 'vitest';
import { fileSizeText } from './attachment';

describe('a file’s size as people read it', () => {
  it('says 26 KB for a 26 KB photo, the same in the feedback dialog and once saved (never 0.0 MB)', () => {
    expect(fileSizeText(26 * 1024)).toBe('26 KB');
    expect(fileSizeText(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(fileSizeText(20 * 1024 * 1024)).toBe('20 MB');
    expect(fileSizeText(300)).toBe('300 B');
  });
});
