import { describe, expect, it } from 'vitest';
import { letterheadKey, rememberedLetterhead, rememberLetterhead } from './letterheadChoice';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

describe('套打 remembered per printer', () => {
  it('keeps the choice for each named printer apart, and one for the print dialog', () => {
    const storage = memoryStorage();
    const red = letterheadKey('silent', '办公室 HP LaserJet');
    const colour = letterheadKey('silent', '机要室 彩色');
    rememberLetterhead(red, true, storage);
    rememberLetterhead(colour, false, storage);
    expect(rememberedLetterhead(red, storage)).toBe(true);
    expect(rememberedLetterhead(colour, storage)).toBe(false);
    // The dialog (and a browser's dialog) does not say which printer it picked: one entry for it.
    expect(letterheadKey('dialog')).toBe(letterheadKey('preview', '办公室 HP LaserJet'));
    expect(rememberedLetterhead(letterheadKey('dialog'), storage)).toBe(false);
    rememberLetterhead(letterheadKey('dialog'), true, storage);
    expect(rememberedLetterhead(letterheadKey('dialog'), storage)).toBe(true);
    expect(rememberedLetterhead(colour, storage)).toBe(false);
  });

  it('forgets nothing else when the stored value is unreadable', () => {
    const storage = memoryStorage();
    storage.setItem('workbench.documents.letterhead', '{not json');
    expect(rememberedLetterhead('dialog', storage)).toBe(false);
    rememberLetterhead('dialog', true, storage);
    expect(rememberedLetterhead('dialog', storage)).toBe(true);
  });
});
