import type { Block } from './model';

/**
 * Body text as staff type it in Word habitually → blocks. A line starting with a heading label
 * becomes a heading of that level (the label is dropped: renderers number headings themselves);
 * every other non-empty line is a paragraph.
 */
const LEVELS: Array<[RegExp, 1 | 2 | 3 | 4]> = [
  [/^[一二三四五六七八九十百]+、\s*/, 1],
  [/^[（(][一二三四五六七八九十百]+[）)]\s*/, 2],
  [/^\d+[.．]\s*/, 3],
  [/^[（(]\d+[）)]\s*/, 4],
];

export function parseBody(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const match = LEVELS.find(([pattern]) => pattern.test(line));
    if (match) blocks.push({ type: 'heading', level: match[1], text: line.replace(match[0], '') });
    else blocks.push({ type: 'paragraph', text: line });
  }
  return blocks;
}

/** One item per line (attachment names may hold commas), empty lines dropped. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Names separated by lines or Chinese/Latin commas (抄送 units, attendance lists). */
export function names(text: string): string[] {
  return text
    .split(/\r?\n|[，,、]/)
    .map((l) => l.trim())
    .filter(Boolean);
}
