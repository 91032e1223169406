import type { Block, OfficialDocument } from '../../../core/documents/model';
import { buildCircular } from '../../../core/documents/templates';
import type { OfficeSettings } from '../../../core/office/office';
import type { SecrecyLevel } from '../../../core/common/secrecy';
import type { BonusRound } from '../round';

/** A unit the 表扬通报 names, with what it achieved (the claim's 主要业绩 as accepted). */
export interface CommendedUnit {
  unitName: string;
  summary: string;
}

/**
 * 表扬通报 (S3-2.1.2: 印发表扬通报，以市人才工作领导小组办公室名义通报表扬在人才工作中取得显著
 * 成效的单位), in the office's name, for the units on the list the leader approved.
 */
export function buildCommendationCircular(
  round: Pick<BonusRound, 'year' | 'kind' | 'subject'>,
  units: readonly CommendedUnit[],
  ctx: { office: OfficeSettings; number: string; date: string; secrecy: SecrecyLevel; extra?: string },
): OfficialDocument {
  const scope = round.kind === 'annual' ? `${round.year}年度人才工作` : `${round.subject}工作`;
  const names = units.map((u) => u.unitName);
  const named = names.length > 3 ? `${names.slice(0, 3).join('、')}等${names.length}个单位` : names.join('、');
  const body: Block[] = [
    {
      type: 'paragraph',
      text: `${round.kind === 'annual' ? `${round.year}年以来` : '专项工作开展以来'}，全市各单位认真落实党管人才原则，在人才引育用留等方面积极探索、主动作为，涌现出一批成效显著的单位。根据《${ctx.office.cityName}“党管人才”激励奖励制度》，经单位申报、市人才办审核，报市人才工作领导小组组长审阅签批，决定对${named}在${scope}中取得的显著成效予以通报表扬。`,
    },
    { type: 'heading', level: 1, text: '受表扬单位及主要成效' },
    ...units.map((u): Block => ({ type: 'paragraph', text: `${u.unitName}：${u.summary}` })),
    { type: 'heading', level: 1, text: '有关要求' },
    {
      type: 'paragraph',
      text: '希望受到表扬的单位珍惜荣誉、再接再厉，在人才工作中取得新的更大成效。全市各单位要以受表扬单位为榜样，对照激励奖励事项，主动担当作为，推动全市人才工作提质增效。',
    },
  ];
  if (ctx.extra?.trim()) body.push({ type: 'paragraph', text: ctx.extra.trim() });
  return buildCircular({
    office: ctx.office,
    date: ctx.date,
    secrecy: ctx.secrecy,
    issuer: 'office',
    number: ctx.number,
    title:
      round.kind === 'annual' ? `关于表扬${scope}成效显著单位的通报` : `关于表扬${round.subject}中成效显著单位的通报`,
    mainRecipients: '各镇（街道）、各开发区党（工）委，市人才工作领导小组各成员单位：',
    body,
    contact: ctx.office.contactLine || undefined,
  });
}
