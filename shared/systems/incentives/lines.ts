import { z } from 'zod';
import { isLocalDate } from '../../core/common/localDate';
import type { CountKey } from './rules';

/**
 * 申报事项 line items: one person, one talk or hosted event, one article or one result, each with
 * its own facts and evidence, so each can be accepted, reduced or rejected on its own.
 */

export const localDateField = z.string().refine(isLocalDate, { message: 'invalid_format' });
const text = (max: number) => z.string().trim().min(1).max(max);

/** 博士学位 · 副高级专业技术职称 · 正高级 (above 副高, so it counts too) · neither */
export const QUALIFICATIONS = ['phd', 'associateSenior', 'senior', 'none'] as const;
export type Qualification = (typeof QUALIFICATIONS)[number];

/** 海城市级 · 鞍山市级以上 (the seed draws its lines there, rules 3 and 4). */
export const LEVELS = ['haicheng', 'anshanOrHigher'] as const;
export type Level = (typeof LEVELS)[number];

/** Rule 3: 经验介绍或交流发言 · 承接重大人才活动或重要会议 */
export const EVENT_FORMS = ['talk', 'hosted'] as const;
export type EventForm = (typeof EVENT_FORMS)[number];

/** Rule 5: “双招双引”成果 · 人才科技成果转化率 · 技术合同交易额 · 其他实绩 */
export const RESULT_KINDS = ['recruitment', 'transferRate', 'contractTurnover', 'other'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

const person = {
  name: text(40),
  /** 工作单位: with the name, what tells one person from another across claims. */
  employer: text(60),
  qualification: z.enum(QUALIFICATIONS),
  isFullTime: z.boolean(),
  /** 引进 / 培养 date */
  on: localDateField,
};

export const lineFactsSchema = z.discriminatedUnion('rule', [
  /** Rule 1: 全职引进的博士或副高以上人才 */
  z.object({ rule: z.literal(1), ...person }),
  /** Rule 2: 本地培养的高层次人才 */
  z.object({ rule: z.literal(2), ...person }),
  z.object({
    rule: z.literal(3),
    form: z.enum(EVENT_FORMS),
    /** The meeting or event, e.g. 鞍山市人才工作会议 */
    meeting: text(100),
    level: z.enum(LEVELS),
    on: localDateField,
  }),
  z.object({
    rule: z.literal(4),
    /** 报刊媒体, e.g. 鞍山日报 */
    outlet: text(60),
    level: z.enum(LEVELS),
    title: text(120),
    on: localDateField,
  }),
  z.object({
    rule: z.literal(5),
    kind: z.enum(RESULT_KINDS),
    description: text(200),
    /** The figures as the unit states them, e.g. 签订技术合同12项，交易额3800万元 */
    figures: z.string().trim().max(200).default(''),
    on: localDateField,
  }),
]);
export type LineFactsInput = z.input<typeof lineFactsSchema>;
export type LineFacts = z.output<typeof lineFactsSchema>;

/** An evidence file kept with the line (the bytes live in the attachments table). */
export interface EvidenceRef {
  attachmentId: string;
  name: string;
  size: number;
}

/** Whether a person is a 高层次人才 as the seed counts them: 博士学位或副高级专业技术职称. */
export function isHighLevel(qualification: Qualification): boolean {
  return qualification !== 'none';
}

/**
 * Why a line cannot score under its rule, or null: rule 1 needs 全职 and 博士/副高; rule 2 a
 * high-level talent; rule 3 a meeting or event at 鞍山市级以上. Such a line may be entered (the
 * unit claimed it) but never accepted.
 */
export function ineligibility(facts: LineFacts): string | null {
  if (facts.rule === 1 && !facts.isFullTime) return 'not-full-time';
  if ((facts.rule === 1 || facts.rule === 2) && !isHighLevel(facts.qualification)) return 'not-high-level';
  if (facts.rule === 3 && facts.level !== 'anshanOrHigher') return 'below-anshan-level';
  return null;
}

/** The level a line was claimed at, where its rule pays by level (rule 4). */
export function claimedLevel(facts: LineFacts): Level | null {
  return facts.rule === 4 ? facts.level : null;
}

/** What an accepted line counts as; rule 4 at the level the reviewer accepted it at. */
export function countKeyOf(facts: LineFacts, acceptedLevel?: Level): CountKey {
  switch (facts.rule) {
    case 1:
      return 'introduced';
    case 2:
      return 'trained';
    case 3:
      return 'talksOrEvents';
    case 4:
      return (acceptedLevel ?? facts.level) === 'haicheng' ? 'haichengArticles' : 'anshanOrHigherArticles';
    case 5:
      return 'serviceResults';
  }
}

/** 证明材料 per line: the same limits as supervision's evidence (a scan or a photo, not a video). */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
export const MAX_EVIDENCE_PER_LINE = 20;
