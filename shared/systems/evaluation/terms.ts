import type { UnitKind } from '../registry';

/**
 * 服务对象评价 — the seed's fourth system: the talents the office serves rate the units that serve
 * them ("你服务谁，谁评价你"). The words below are the seed's.
 */

/** 评价方式: the six channels of the seed (S4-4.1 … S4-4.6); the hotline and the box share S4-4.1. */
export const CHANNELS = ['hotline', 'box', 'talk', 'visit', 'phone', 'questionnaire', 'event'] as const;
// hotline 24小时服务热线 · box 公开意见箱 · talk 谈心谈话 · visit 走访调研 · phone 电话问询 ·
// questionnaire 问卷调查 · event 主题活动
export type Channel = (typeof CHANNELS)[number];

/** Channels logged as records (the questionnaire's returns are kept on their own). */
export const RECORD_CHANNELS = ['hotline', 'box', 'talk', 'visit', 'phone', 'event'] as const;
export type RecordChannel = (typeof RECORD_CHANNELS)[number];

/** The hotline and the box run the closed loop: forwarded, answered, called back (回访). */
export const LOOP_CHANNELS = ['hotline', 'box'] as const;
export type LoopChannel = (typeof LOOP_CHANNELS)[number];

export function isLoopChannel(channel: string): channel is LoopChannel {
  return (LOOP_CHANNELS as readonly string[]).includes(channel);
}

/** 主题活动 kinds (S4-4.6). */
export const EVENT_KINDS = ['seminar', 'salon', 'symposium', 'forum'] as const;
// seminar 国情省情市情研修班 · salon 高端人才沙龙 · symposium 交流研讨会 · forum 调研座谈会
export type EventKind = (typeof EVENT_KINDS)[number];

/** 评价对象, the seed's three kinds (S4-2.1 … S4-2.3), and the registry kinds each takes. */
export const EVALUATED_KINDS = ['memberUnit', 'townZone', 'village'] as const;
// memberUnit 市人才工作领导小组成员单位党委（党组）· townZone 各乡镇（街道）、各开发区党（工）委 ·
// village 各村（社区）党组织
export type EvaluatedKind = (typeof EVALUATED_KINDS)[number];

export function evaluatedKindOf(kind: UnitKind): EvaluatedKind {
  if (kind === 'member') return 'memberUnit';
  if (kind === 'village') return 'village';
  return 'townZone';
}

/** 评价内容, the seed's three (S4-3.1 … S4-3.3). The office may add sub-items under each. */
export const CONTENT_ITEMS = ['policy', 'performance', 'other'] as const;
// policy 人才工作政策、项目工程、活动平台、工作载体 · performance 履职尽责、办事效率、服务态度 · other 其他
export type ContentItem = (typeof CONTENT_ITEMS)[number];
