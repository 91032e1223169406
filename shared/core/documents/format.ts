import type { SecrecyLevel } from '../common/secrecy';
import type { Enclosure, OutputStamp, Urgency } from './model';

/** Text helpers both renderers use, so Word and print say exactly the same thing. */

const DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (heading numbers up to 999). */
export function chineseNumeral(n: number): string {
  if (n <= 0 || n > 999 || !Number.isInteger(n)) throw new RangeError(`chineseNumeral: ${n}`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = '';
  if (hundreds) out += DIGITS[hundreds] + '百';
  if (tens) out += (tens === 1 && !hundreds ? '' : DIGITS[tens]) + '十';
  else if (hundreds && ones) out += '零';
  if (ones) out += DIGITS[ones];
  return out;
}

/** GB/T 9704 §7.3.3: 一、 （一） 1. （1） */
export function headingLabel(level: 1 | 2 | 3 | 4, index: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(index)}、`;
    case 2:
      return `（${chineseNumeral(index)}）`;
    case 3:
      return `${index}.`;
    case 4:
      return `（${index}）`;
  }
}

/** Numbers headings in order; a heading resets the counters of the levels below it. */
export function numberHeadings<T extends { type: string; level?: number }>(blocks: readonly T[]): Map<T, string> {
  const counters = [0, 0, 0, 0];
  const labels = new Map<T, string>();
  for (const block of blocks) {
    if (block.type !== 'heading' || !block.level) continue;
    const i = block.level - 1;
    counters[i] += 1;
    for (let j = i + 1; j < 4; j++) counters[j] = 0;
    labels.set(block, headingLabel(block.level as 1 | 2 | 3 | 4, counters[i]));
  }
  return labels;
}

/** 2026-03-12 → 2026年3月12日 (成文日期: Arabic numerals, no zero padding, §7.3.5). */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 密级 mark: 秘密 / 机密, with 保密期限 as 机密★1年; 内部 for internal; nothing for public. */
export function secrecyMark(level: SecrecyLevel, term?: string): string {
  const word = { public: '', internal: '内部', secret: '秘密', confidential: '机密' }[level];
  if (!word) return '';
  return term && level !== 'internal' ? `${word}★${term}` : word;
}

export function urgencyMark(urgency: Urgency): string {
  return { none: '', urgent: '加急', extraUrgent: '特急' }[urgency];
}

/** 发文字号: prefix〔year〕n号 — 六角括号, no 第, no zero padding. */
/** The words of an output stamp, as printed above the 版心 of every page. */
export function stampText(stamp: OutputStamp): string {
  if (stamp.kind === 'draft') return '草稿 · 未编号，不作正式公文';
  return stamp.reason ? `作废 · 作废原因：${stamp.reason}` : '作废';
}

export function documentNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}〔${year}〕${sequence}号`;
}

/** 抄送：A，B。 */
export function listLine(label: string, items: readonly string[]): string {
  return `${label}：${items.join('，')}。`;
}

/**
 * The label over an enclosure (§8): 附件N numbered as in the 附件说明, 附件 alone when there is only
 * one; an issued document (印发) has none.
 */
export function enclosureLabel(attachments: readonly string[] | undefined, enclosure: Enclosure): string {
  if (enclosure.role === 'issued') return '';
  const names = attachments ?? [];
  if (names.length <= 1) return '附件';
  const index = names.indexOf(enclosure.title);
  return `附件${index >= 0 ? index + 1 : names.length + 1}`;
}
