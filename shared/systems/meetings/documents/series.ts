/**
 * Numbering of the meeting documents. The plan and the notice take a 发文字号 from the office's
 * prefixes; minutes and bulletins take a 期号 from their own per-year series (第3期).
 */
export const MINUTES_SERIES = '调度会议纪要';
export const BULLETIN_SERIES = '人才工作简报';

/** Sample documents use their own prefixes and never take the office's real numbers. */
export const SAMPLE_PREFIX = '示例';
