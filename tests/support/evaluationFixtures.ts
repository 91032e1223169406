import type { QuestionnaireDesign } from '../../shared/systems/evaluation';
import { peopleRepo } from '../../renderer/systems/registry/data/peopleRepo';
import { unitsRepo } from '../../renderer/systems/registry/data/unitsRepo';
import { questionnairesRepo } from '../../renderer/systems/evaluation/data/questionnairesRepo';
import { aUnit } from './builders';

/** A small registry for System 4's data tests: one unit of each evaluated kind and two talents. */
export async function evaluationRegistry() {
  const member = await unitsRepo.create(
    aUnit({ kind: 'member', name: '海城市人社局', partyOrgName: '中共海城市人社局党组' }),
  );
  const town = await unitsRepo.create(
    aUnit({ kind: 'town', name: '牛庄镇', shortName: '牛庄', partyOrgName: '中共海城市牛庄镇委员会' }),
  );
  const village = await unitsRepo.create(
    aUnit({ kind: 'village', name: '东四方台村', shortName: '', partyOrgName: '', parentId: town.id }),
  );
  const talent = await peopleRepo.create({
    role: 'talent',
    name: '赵博士',
    talentCategory: 'overseas',
    sector: 'enterprise',
    employer: '海城菱镁新材料公司',
    phone: '13800000000',
  });
  const other = await peopleRepo.create({
    role: 'talent',
    name: '钱教授',
    talentCategory: 'provincialExpert',
    sector: 'school',
  });
  return { member, town, village, talent, other };
}

/** A questionnaire rating three units on the seed's three items, a choice and a free-text question. */
export function aDesign(unitIds: string[], over: Partial<QuestionnaireDesign> = {}): QuestionnaireDesign {
  return {
    title: '2026年人才工作满意度调查问卷',
    intro: '为了解您对我市人才工作的评价，请如实填写。',
    questions: [
      {
        id: 'm',
        kind: 'matrix',
        text: '请对下列单位逐项评价',
        unitIds,
        contentIds: ['policy', 'performance', 'other'],
      },
      { id: 's', kind: 'single', text: '您所在领域', options: ['学校', '医院', '企业'] },
      { id: 't', kind: 'text', text: '您的意见建议' },
    ],
    ...over,
  };
}

/** A questionnaire with `copies` numbered copies printed. */
export async function printedQuestionnaire(unitIds: string[], copies = 50, over: Partial<QuestionnaireDesign> = {}) {
  const q = await questionnairesRepo.create(aDesign(unitIds, over));
  await questionnairesRepo.printCopies(q.id, copies);
  return q;
}

/** Answers for a matrix of the given units, every cell at one grade. */
export function allAt(unitIds: string[], grade: number): Record<string, number> {
  return Object.fromEntries(
    unitIds.flatMap((u) => ['policy', 'performance', 'other'].map((c) => [`m/${u}/${c}`, grade] as const)),
  );
}
