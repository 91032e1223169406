import { z } from 'zod';
import { localDateField } from './lines';

/**
 * 宣传表彰 (S3-2.1): the 成果表彰会 in the Leading Group's name, the 表扬通报 in the office's name
 * (documents/commendationCircular.ts), and 新媒体宣传推介 on the seed's platforms or another.
 * All of them only after the leader approved the round's list (round.ts: mayCommend).
 */

/** 鞍山市人才办微信公众号 · 海城组工微信公众号 · 今日头条 · 微博 · 抖音 · 快手 · another */
export const PLATFORMS = ['anshanWeChat', 'haichengWeChat', 'toutiao', 'weibo', 'douyin', 'kuaishou', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const publicityInputSchema = z
  .object({
    platform: z.enum(PLATFORMS),
    /** The platform's name when it is not one of the seed's. */
    platformName: z.string().trim().max(40).default(''),
    title: z.string().trim().min(1).max(120),
    publishedOn: localDateField,
    /** 链接 as text: the office's PC is offline, so it is kept, never opened. */
    linkText: z.string().trim().max(300).default(''),
    unitIds: z.array(z.string().min(1)).min(1).max(500),
  })
  .refine((p) => p.platform !== 'other' || p.platformName.length > 0, {
    path: ['platformName'],
    message: 'platform-name-required',
  });
export type PublicityInput = z.input<typeof publicityInputSchema>;

export interface Publicity extends z.output<typeof publicityInputSchema> {
  id: string;
  recordedAt: string;
  recordedBy: string;
}

export const ceremonyInputSchema = z.object({
  /** e.g. 2026年度全市人才工作成果表彰会 */
  title: z.string().trim().min(1).max(80),
  heldOn: localDateField,
  place: z.string().trim().min(1).max(80),
  /** The units commended at it. */
  unitIds: z.array(z.string().min(1)).min(1).max(500),
  /** 表彰决定: the Leading Group's decision as announced, e.g. its document number and title. */
  decision: z.string().trim().min(1).max(200),
});
export type CeremonyInput = z.input<typeof ceremonyInputSchema>;

export interface Ceremony extends z.output<typeof ceremonyInputSchema> {
  recordedAt: string;
  recordedBy: string;
}

/** Why these units cannot be named in a commendation of the round, or null. */
export function commendedUnitsRule(unitIds: readonly string[], awardedUnitIds: ReadonlySet<string>): string | null {
  return unitIds.every((id) => awardedUnitIds.has(id)) ? null : 'unit-not-awarded';
}
