import { charWidthEm } from './measure';

/**
 * GB/T 9704 §7.3.2: a long title turns into lines "词意完整，排列对称" — a trapezoid (upper line
 * shorter) or a diamond. Both renderers set the lines this returns, so print and Word break a title
 * at the same places.
 *
 * A line never breaks inside a word, a number (2026年), or a pair of 《》 “” （）〔〕 unless nothing
 * else fits. Words come from Intl.Segmenter (ICU's dictionary, offline) and, where it splits the
 * office's own terms (高层|次, 印|发, 督|查), from the list below.
 */

/** 2号 (22 pt) characters on the 156 mm measure. */
export const TITLE_LINE_EM = 20;

/** Terms of this office's titles that ICU's dictionary splits or does not know. */
const TERMS =
  '印发 转发 高层次 紧缺 急需紧缺 督查 督办 抽查 商请 党管 党管人才 人才办 开发区 领导小组 工作领导小组 成员单位 ' +
  '日常调度 调度会议 人才工作 工作制度 专家人才 人才驿站 驿站 签到表 呈批单 通知单 抽签 随机 回执 纪要 简报 ' +
  '双招双引 季度 年度 第一 第二 第三 第四 第五 第六 第七 第八 第九 第十 海城 海城市 鞍山 鞍山市';
const TERM_LIST = TERMS.split(' ');

const OPENING = '“‘《（〔「【';
const CLOSING = '”’》）〕」】';
/** Marks a line may not start with. */
const NO_LINE_START = '，。、；：！？' + CLOSING;
/** A natural place to turn: after these, or before an opening mark. */
const PHRASE_END = '的、，和与及' + CLOSING;
const IS_NUMBER = /[0-9A-Za-z.%]/;

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

/** Positions (between chars[i-1] and chars[i]) a word covers: breaking there splits it. */
function insideWords(chars: readonly string[]): Set<number> {
  const inside = new Set<number>();
  const title = chars.join('');
  if (segmenter) {
    let at = 0;
    for (const { segment } of segmenter.segment(title)) {
      const length = [...segment].length;
      for (let i = at + 1; i < at + length; i++) inside.add(i);
      at += length;
    }
  }
  for (const term of TERM_LIST) {
    const termChars = [...term];
    for (let start = 0; start + termChars.length <= chars.length; start++) {
      if (chars.slice(start, start + termChars.length).join('') !== term) continue;
      for (let i = start + 1; i < start + termChars.length; i++) inside.add(i);
    }
  }
  return inside;
}

/** What breaking before chars[i] costs: Infinity where a line may never start or end. */
function breakCosts(chars: readonly string[]): number[] {
  const inside = insideWords(chars);
  let depth = 0;
  return chars.map((ch, i) => {
    const before = chars[i - 1];
    if (i > 0) depth += OPENING.includes(before) ? 1 : CLOSING.includes(before) ? -1 : 0;
    if (i === 0 || NO_LINE_START.includes(ch) || OPENING.includes(before)) return Infinity;
    if (IS_NUMBER.test(before) && (IS_NUMBER.test(ch) || /[年月日号期次个项%]/.test(ch))) return Infinity;
    const isPhraseEnd = PHRASE_END.includes(before) || OPENING.includes(ch);
    return (inside.has(i) ? 200 : 0) + (depth > 0 ? 400 : 0) + (isPhraseEnd ? 0 : 6);
  });
}

/** Wanted line widths: a trapezoid for two lines, a diamond (wide middle) for three or more. */
function targets(total: number, n: number): number[] {
  return Array.from(
    { length: n },
    (_, k) => total / n + (n === 2 ? (k === 0 ? -1 : 1) : k === 0 || k === n - 1 ? -1 : 2 / (n - 2)),
  );
}

/** Each line more than the fewest costs this much: a pair or a word kept whole is worth a line. */
const EXTRA_LINE_COST = 30;

function bestCuts(widths: readonly number[], costs: readonly number[], total: number, n: number, lineEm: number) {
  const target = targets(total, n);
  let best: { cost: number; cuts: number[] } = { cost: Infinity, cuts: [] };
  const search = (start: number, line: number, cost: number, cuts: number[]) => {
    if (cost >= best.cost) return;
    if (line === n - 1) {
      const width = widths.slice(start).reduce((a, b) => a + b, 0);
      if (width <= lineEm) best = { cost: cost + Math.abs(width - target[line]), cuts };
      return;
    }
    let width = 0;
    for (let i = start + 1; i < widths.length; i++) {
      width += widths[i - 1];
      if (width > lineEm) break;
      if (costs[i] !== Infinity) search(i, line + 1, cost + costs[i] + Math.abs(width - target[line]), [...cuts, i]);
    }
  };
  search(0, 0, 0, []);
  return best;
}

/**
 * A title's digits and letters are set in the title face itself in print (Chromium takes them from
 * the CJK face: Noto Serif CJK's digits are 0.6 em) and in Times New Roman in Word (0.5 em): a line
 * is measured with the wider, so it fits on both paths (2026年…会议纪要, 20 em in Word, is 20.4 in print).
 */
const TITLE_LATIN_EM = 0.6;
const titleCharEm = (ch: string) => {
  const em = charWidthEm(ch);
  return em < 1 && ch !== ' ' ? Math.max(em, TITLE_LATIN_EM) : em;
};

export function titleLines(title: string, lineEm = TITLE_LINE_EM): string[] {
  const chars = [...title];
  const widths = chars.map(titleCharEm);
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= lineEm) return [title];
  const costs = breakCosts(chars);
  const fewest = Math.ceil(total / lineEm);
  let best: { cost: number; cuts: number[] } = { cost: Infinity, cuts: [] };
  for (let n = fewest; n <= fewest + 2 && n <= chars.length; n++) {
    const found = bestCuts(widths, costs, total, n, lineEm);
    const cost = found.cost + (n - fewest) * EXTRA_LINE_COST;
    if (cost < best.cost) best = { cost, cuts: found.cuts };
  }
  if (best.cost === Infinity) return [title];
  const bounds = [0, ...best.cuts, chars.length];
  return bounds.slice(1).map((end, k) => chars.slice(bounds[k], end).join(''));
}
