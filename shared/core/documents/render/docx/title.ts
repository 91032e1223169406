import { AlignmentType } from 'docx';
import type { FontPlan } from '../../fonts';
import { Flow } from './flow';
import { charWidthEm, textWidthEm } from './measure';
import { brokenRuns, paragraph } from './runs';
import { LINE, SIZE, TYPE_WIDTH } from './units';

/** 2号 characters on a 156 mm line. */
const TITLE_LINE_EM = Math.floor(TYPE_WIDTH / (SIZE.er * 10));
/** Natural places to turn a title line: after 的/、/，/closing quotes, before an opening quote. */
const BREAK_AFTER = '的、，”）》和与及';
const BREAK_BEFORE = '“（《';
const NO_LINE_START = '，。、；：！？）》”’';
const OPEN_PAIR = '“（《';
/**
 * Two-character words of this office's titles that a line must not split (词意完整). There is no
 * word segmenter offline; a split anywhere else costs more than a split after 的 or a quote.
 */
const WORDS = new Set(
  '关于 人才 工作 领导 小组 会议 调度 日常 召开 通知 通报 纪要 简报 请示 报告 批复 意见 方案 办法 规定 实施 开展 加强 推进 推荐 专家 代表 列席 商请 督查 督办 抽查 情况 季度 年度 第一 第二 第三 第四 第五 第六 单位 成员 部门 党管 党委 政府 办公 组织 引进 培养 服务 政策 项目 补贴 奖励 申报 评审 认定 考核 落实 任务 重点'.split(
    ' ',
  ),
);
const CLOSE_PAIR = '”）》';
/** Four-character terms read as one word (人才工作, 领导小组). */
const TERMS = new Set(
  '人才工作 领导小组 日常调度 调度会议 工作会议 专家人才 人才引进 引进培养 实施办法 实施意见'.split(' '),
);

/**
 * GB/T 9704 §7.3.2: a long title turns into lines "词意完整，排列对称" — a trapezoid (upper line
 * shorter) or a diamond. Picks the break points nearest those shapes, preferring phrase ends.
 */
export function titleLines(title: string, lineEm = TITLE_LINE_EM): string[] {
  const total = textWidthEm(title);
  if (total <= lineEm) return [title];
  const n = Math.ceil(total / lineEm);
  const chars = [...title];
  const widths = chars.map(charWidthEm);
  // Never right after a number (2026年); hardly ever inside a word or a quotation (“党管人才”).
  const depth: number[] = [];
  chars.forEach((ch, i) =>
    depth.push((depth[i - 1] ?? 0) + (OPEN_PAIR.includes(ch) ? 1 : CLOSE_PAIR.includes(ch) ? -1 : 0)),
  );
  const breakCost = (i: number): number => {
    if (NO_LINE_START.includes(chars[i]) || BREAK_BEFORE.includes(chars[i - 1]) || /[0-9A-Za-z]/.test(chars[i - 1]))
      return Infinity;
    const splitsWord = WORDS.has(chars[i - 1] + chars[i]) || TERMS.has(chars.slice(i - 2, i + 2).join(''));
    const isPhraseEnd = BREAK_AFTER.includes(chars[i - 1]) || BREAK_BEFORE.includes(chars[i]);
    return (splitsWord ? 40 : 0) + (depth[i - 1] > 0 ? 20 : 0) + (isPhraseEnd ? 0 : 6);
  };
  // Target widths: trapezoid for two lines, a diamond (wide middle) for three or more.
  const target = Array.from(
    { length: n },
    (_, k) => total / n + (n === 2 ? (k === 0 ? -1 : 1) : k === 0 || k === n - 1 ? -1 : 2 / (n - 2)),
  );
  let best: { cost: number; cuts: number[] } = { cost: Infinity, cuts: [] };
  const search = (start: number, line: number, cost: number, cuts: number[]) => {
    if (cost >= best.cost) return;
    if (line === n - 1) {
      const width = widths.slice(start).reduce((a, b) => a + b, 0);
      if (width <= lineEm) best = { cost: cost + Math.abs(width - target[line]), cuts };
      return;
    }
    let width = 0;
    for (let i = start + 1; i < chars.length; i++) {
      width += widths[i - 1];
      if (width > lineEm) break;
      const c = breakCost(i);
      if (c !== Infinity) search(i, line + 1, cost + c + Math.abs(width - target[line]), [...cuts, i]);
    }
  };
  search(0, 0, 0, []);
  if (best.cost === Infinity) return [title];
  const bounds = [0, ...best.cuts, chars.length];
  return best.cuts.length + 1 === n ? bounds.slice(1).map((end, k) => chars.slice(bounds[k], end).join('')) : [title];
}

/** 标题: 2号小标宋, centred, on the body grid (§7.3.2). */
export function titleBlock(title: string, fonts: FontPlan, beforeTw: number): Flow {
  const lines = titleLines(title);
  const children = brokenRuns(fonts, lines.join('\n'), { role: 'xiaobiaosong', size: SIZE.er });
  return new Flow().addTwips(
    paragraph(children, { alignment: AlignmentType.CENTER, spacing: { before: beforeTw } }),
    beforeTw + lines.length * LINE,
  );
}
