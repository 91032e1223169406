import { addDays } from '../../../../shared/core/common/localDate';
import {
  cellKeysOf,
  copyKeyOf,
  FIVE_GRADE_SCALE,
  ratedCellsOfReturn,
  slotsOf,
  versionKey,
  type Answers,
  type Question,
  type Questionnaire,
  type QuestionnaireReturn,
  type QuestionnaireVersion,
} from '../../../../shared/systems/evaluation';
import { GOOD_WORDS, BAD_WORDS } from './phrases';
import { gradeFor, type SampleWorld } from './sampleRecords';

const SAMPLE_STAFF = [
  { staffId: 'sample-staff-1', staffName: '示例录入员甲' },
  { staffId: 'sample-staff-2', staffName: '示例录入员乙' },
];

function version(q: Questionnaire, n: number, questions: Question[], on: string): QuestionnaireVersion {
  return {
    key: versionKey(q.id, n),
    questionnaireId: q.id,
    version: n,
    title: q.title,
    intro: '为了解广大专家人才对我市人才工作的评价，请您如实填写本问卷。问卷不记名，仅用于改进工作。',
    scale: FIVE_GRADE_SCALE,
    questions,
    createdAt: `${on}T01:00:00.000Z`,
    createdBy: '示例数据',
    isSample: 1,
  };
}

function answersFor(world: SampleWorld, v: QuestionnaireVersion): Answers {
  const answers: Answers = {};
  for (const slot of slotsOf(v)) {
    if (world.rng.chance(0.03)) continue; // a box left empty now and then
    if (slot.kind === 'grade')
      answers[slot.key] = gradeFor(world, world.units.find((u) => u.id === slot.unitId)!.quality);
    else if (slot.kind === 'single') answers[slot.key] = world.rng.int(0, slot.options.length - 1);
    else if (slot.kind === 'multiple')
      answers[slot.key] = [world.rng.int(0, 1), world.rng.int(2, slot.options.length - 1)];
  }
  return answers;
}

export interface SampleSurvey {
  questionnaires: Questionnaire[];
  questionnaireVersions: QuestionnaireVersion[];
  questionnaireReturns: QuestionnaireReturn[];
}

/**
 * The year's questionnaire in two versions (v1 printed in spring, v2 after an edit in autumn, its
 * returns partly keyed in), and a small double-entry one with copies matched, awaiting their
 * second entry and differing.
 */
export function sampleQuestionnaires(world: SampleWorld): SampleSurvey {
  const { rng, today } = world;
  const ids = world.units.map((u) => u.id);
  const tail = (n: number): Question[] => [
    { id: `s${n}`, kind: 'single', text: '您所在的领域', options: ['学校', '医院', '企业', '科研院所', '社会组织'] },
    {
      id: `k${n}`,
      kind: 'multiple',
      text: '您最希望改进的方面（最多选两项）',
      options: ['住房保障', '子女入学', '配偶就业', '项目支持', '办事效率'],
      maxChoices: 2,
    },
    { id: `t${n}`, kind: 'text', text: '您对我市人才工作的意见建议' },
  ];
  const matrix = (unitIds: string[]): Question => ({
    id: 'm',
    kind: 'matrix',
    text: '请对下列单位的人才工作逐项评价',
    unitIds,
    contentIds: ['policy', 'performance', 'other'],
  });
  const springOn = addDays(today, -300);
  const autumnOn = addDays(today, -90);
  const annual: Questionnaire = {
    id: rng.uuid(),
    title: '人才工作满意度调查问卷',
    status: 'open',
    currentVersion: 2,
    frozenVersions: [1, 2],
    secrecy: 'internal',
    isDoubleEntry: false,
    printRuns: [
      { version: 1, fromCopy: 1, toCopy: 300, on: springOn, by: '示例数据' },
      { version: 2, fromCopy: 301, toCopy: 500, on: autumnOn, by: '示例数据' },
    ],
    received: 0,
    entered: 0,
    unsettled: 0,
    createdAt: `${springOn}T01:00:00.000Z`,
    createdBy: '示例数据',
    isSample: 1,
  };
  const v1 = version(annual, 1, [matrix(ids.slice(0, 12)), ...tail(1)], springOn);
  const v2 = version(annual, 2, [matrix([...ids.slice(0, 10), ...ids.slice(12, 14)]), ...tail(2)], autumnOn);
  const salon: Questionnaire = {
    ...annual,
    id: rng.uuid(),
    title: '“高端人才沙龙”活动满意度问卷',
    currentVersion: 1,
    frozenVersions: [1],
    isDoubleEntry: true,
    printRuns: [{ version: 1, fromCopy: 1, toCopy: 40, on: addDays(today, -30), by: '示例数据' }],
  };
  const s1 = version(
    salon,
    1,
    [
      { id: 'g', kind: 'grade', text: '对本次活动组织服务的满意度', unitId: ids[0], contentId: 'performance' },
      matrix(ids.slice(0, 3)),
      ...tail(3),
    ],
    addDays(today, -30),
  );
  const returns: QuestionnaireReturn[] = [];
  const add = (
    q: Questionnaire,
    v: QuestionnaireVersion,
    copy: number,
    on: string,
    status: QuestionnaireReturn['status'],
  ) => {
    const answers = answersFor(world, v);
    const bad = Object.values(answers).some((a) => typeof a === 'number' && a >= 3);
    const r: QuestionnaireReturn = {
      id: rng.uuid(),
      questionnaireId: q.id,
      version: v.version,
      copyNumber: copy,
      copyKey: copyKeyOf(q.id, copy),
      receivedOn: on,
      talentId: null,
      opinion: rng.chance(0.25) ? rng.pick(bad ? BAD_WORDS : GOOD_WORDS) : '',
      status,
      first: { answers, ...SAMPLE_STAFF[0] },
      differences: [],
      cellKeys: [],
      statusKey: `${q.id}|${status}`,
      isSample: 1,
    };
    if (status === 'single' || status === 'matched') r.answers = answers;
    if (status === 'matched') r.second = { answers, ...SAMPLE_STAFF[1] };
    if (status === 'differs') {
      const key = slotsOf(v).find((s) => s.kind === 'grade')!.key;
      const other = { ...answers, [key]: ((answers[key] as number | undefined) ?? 0) === 0 ? 1 : 0 };
      Object.assign(r, { second: { answers: other, ...SAMPLE_STAFF[1] }, differences: [key] });
    }
    r.cellKeys = cellKeysOf(ratedCellsOfReturn(r, v));
    returns.push(r);
  };
  for (let copy = 1; copy <= 262; copy++) add(annual, v1, copy, addDays(springOn, 10 + Math.floor(copy / 5)), 'single');
  for (let copy = 301; copy <= 450; copy++)
    add(annual, v2, copy, addDays(autumnOn, 7 + Math.floor((copy - 300) / 6)), 'single');
  for (let copy = 1; copy <= 30; copy++)
    add(salon, s1, copy, addDays(today, -25), copy <= 24 ? 'matched' : copy <= 27 ? 'awaitingSecond' : 'differs');
  Object.assign(annual, { received: 262 + 180, entered: 262 + 150, pendingKey: annual.id });
  Object.assign(salon, { received: 30, entered: 30, unsettled: 6 });
  return { questionnaires: [annual, salon], questionnaireVersions: [v1, v2, s1], questionnaireReturns: returns };
}
