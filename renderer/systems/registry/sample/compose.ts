import type { TalentSector } from '../../../../shared/systems/registry/person';
import type { Random } from '../../../core/sample/random';
import {
  AUSPICIOUS,
  BRAND_SYLLABLES,
  COMMUNITY_STEMS,
  COMMUNITY_TAILS,
  COMPANY_FORMS,
  COUNTED_FEATURES,
  COUNTED_NUMERALS,
  DIRECTIONS,
  FIXED_EMPLOYERS,
  GIVEN_FEMALE,
  GIVEN_MALE,
  GIVEN_SHARED,
  INDUSTRIES,
  LANDMARKS,
  RESEARCH_TAILS,
  SETTLEMENT_FAMILIES,
  SETTLEMENT_SUFFIXES,
  SURNAMES,
  TOWN_EMPLOYER_SUFFIXES,
} from './names';

export type Gender = 'male' | 'female';

/** A village's name without 村: 李家堡, 三道岗, 前台, 大榆树, 红旗. */
export function villageStem(rng: Random): string {
  const r = rng.next();
  if (r < 0.55) return `${rng.pick(SETTLEMENT_FAMILIES)}家${rng.pick(SETTLEMENT_SUFFIXES)}`;
  if (r < 0.63) return rng.pick(COUNTED_NUMERALS) + rng.pick(COUNTED_FEATURES);
  if (r < 0.85) return rng.pick(DIRECTIONS) + rng.pick(LANDMARKS);
  return rng.pick(AUSPICIOUS);
}

/** A community's name without 社区: 站前, 新华, 福海园. */
export function communityStem(rng: Random): string {
  const stem = rng.chance(0.7) ? rng.pick(COMMUNITY_STEMS) : rng.pick(AUSPICIOUS);
  return stem + rng.weighted(COMMUNITY_TAILS);
}

export function personName(rng: Random, gender: Gender): string {
  const surname = rng.weighted(SURNAMES);
  const own = gender === 'male' ? GIVEN_MALE : GIVEN_FEMALE;
  if (rng.chance(0.3)) return surname + rng.pick(own);
  const first = rng.chance(0.4) ? rng.pick(GIVEN_SHARED) : rng.pick(own);
  return surname + first + rng.pick(own);
}

const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '156',
  '157',
  '158',
  '159',
  '176',
  '177',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '195',
  '199',
];

function digits(rng: Random, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(rng.int(0, 9));
  return out;
}

export function mobilePhone(rng: Random): string {
  return rng.pick(MOBILE_PREFIXES) + digits(rng, 8);
}

/** Haicheng's landlines: area code 0412 (Anshan), seven-digit numbers beginning with 3. */
export function officePhone(rng: Random): string {
  return `0412-3${digits(rng, 6)}`;
}

const DIGITS = '零一二三四五六七八九';
const PLACES = ['', '十', '百', '千'];

/** 2 → 二, 12 → 十二, 105 → 一百零五; from 10 000 on, Arabic digits (never reached in practice). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 10000) return String(n);
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  const ds = String(n);
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < ds.length; i++) {
    const d = Number(ds[i]);
    if (d === 0) {
      pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[d] + PLACES[ds.length - 1 - i];
  }
  return out;
}

function brand(rng: Random): string {
  const a = rng.pick(BRAND_SYLLABLES);
  let b = rng.pick(BRAND_SYLLABLES);
  if (b === a) b = rng.pick(BRAND_SYLLABLES);
  return a + b;
}

const COMPANY_FORM_CHOICES = COMPANY_FORMS.map(([p, f, w]) => [[p, f] as const, w] as const);

/** 辽宁鑫盛镁业有限公司, 海城市恒泰服装有限公司 … */
export function companyName(rng: Random): string {
  const [prefix, form] = rng.weighted(COMPANY_FORM_CHOICES);
  return prefix + brand(rng) + rng.weighted(INDUSTRIES) + form;
}

/** Where a talent works, given the sector; town institutions use the towns' names. */
export function employerFor(rng: Random, sector: TalentSector, townNames: readonly string[]): string {
  if (sector === 'enterprise') return companyName(rng);
  if (sector === 'research' && rng.chance(0.4)) {
    return `辽宁${brand(rng)}${rng.weighted(INDUSTRIES)}${rng.pick(RESEARCH_TAILS)}`;
  }
  if (townNames.length > 0 && rng.chance(0.4)) {
    return `海城市${rng.pick(townNames)}${rng.pick(TOWN_EMPLOYER_SUFFIXES[sector])}`;
  }
  return rng.pick(FIXED_EMPLOYERS[sector]);
}
