import type { TFunction } from 'i18next';

/** “12 / 60 字” under a field the 督办通知单 has limited room for (supervision/itemInput.ts). */
export function charCount(t: TFunction, value: string | undefined, max: number): string {
  return t('supervision.fields.chars', { used: (value ?? '').trim().length, max });
}
