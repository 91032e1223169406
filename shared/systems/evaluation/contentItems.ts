import { z } from 'zod';
import { CONTENT_ITEMS, type ContentItem } from './terms';

/**
 * What a rating is about: one of the seed's three content items, or a sub-item the office added
 * under one of them (履职尽责 under performance). A content id is the item itself (`policy`) or
 * `item/sub-id` (`performance/efficiency`), so a result rolls up to its item by its prefix.
 */
export type ContentId = string;

/** 评价内容子项 a sub-item the office added. Retired sub-items keep their ratings readable. */
export interface ContentSubItem {
  id: ContentId;
  parent: ContentItem;
  name: string;
  isActive: 0 | 1;
}

export const contentSubItemInputSchema = z.object({
  parent: z.enum(CONTENT_ITEMS),
  name: z.string().trim().min(1).max(20),
});

export function subItemId(parent: ContentItem, key: string): ContentId {
  return `${parent}/${key}`;
}

/** The seed's item a content id belongs to. */
export function parentItemOf(contentId: ContentId): ContentItem {
  const head = contentId.split('/')[0];
  if (!(CONTENT_ITEMS as readonly string[]).includes(head)) throw new RangeError(`unknown content item: ${contentId}`);
  return head as ContentItem;
}

export function isContentId(value: string, subItems: readonly Pick<ContentSubItem, 'id'>[]): boolean {
  return (CONTENT_ITEMS as readonly string[]).includes(value) || subItems.some((s) => s.id === value);
}
