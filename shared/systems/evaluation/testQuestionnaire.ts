import { FIVE_GRADE_SCALE } from './scale';
import type { Questionnaire, QuestionnaireVersion } from './questionnaire';

/** A version of 40 grade slots (a matrix of 4 units × 10 items), one single choice and one text: for tests. */
export function aVersion(version = 1): QuestionnaireVersion {
  return {
    key: `q1|${version}`,
    questionnaireId: 'q1',
    version,
    title: '人才工作满意度调查问卷',
    intro: '',
    scale: FIVE_GRADE_SCALE,
    questions: [
      { id: 'a', kind: 'grade', text: '对市人社局人才政策的满意度', unitId: 'hrb', contentId: 'policy' },
      {
        id: 'm',
        kind: 'matrix',
        text: '请对下列单位逐项评价',
        unitIds: ['u1', 'u2', 'u3', 'u4'],
        contentIds: ['policy', 'performance', 'other'],
      },
      { id: 's', kind: 'single', text: '您所在领域', options: ['学校', '医院', '企业'] },
      { id: 'k', kind: 'multiple', text: '您最关注', options: ['住房', '子女', '配偶', '项目'], maxChoices: 2 },
      { id: 't', kind: 'text', text: '意见建议' },
    ],
    createdAt: '2026-01-05T00:00:00.000Z',
    createdBy: '王芳',
    isSample: 0,
  };
}

export function aQuestionnaire(overrides: Partial<Questionnaire> = {}): Questionnaire {
  return {
    id: 'q1',
    title: '人才工作满意度调查问卷',
    status: 'open',
    currentVersion: 1,
    frozenVersions: [],
    secrecy: 'internal',
    isDoubleEntry: false,
    printRuns: [],
    received: 0,
    entered: 0,
    unsettled: 0,
    createdAt: '2026-01-05T00:00:00.000Z',
    createdBy: '王芳',
    isSample: 0,
    ...overrides,
  };
}
