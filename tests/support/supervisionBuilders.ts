import type { Check } from '../../shared/systems/supervision/check';
import type { Finding } from '../../shared/systems/supervision/finding';
import type { SupervisionItem } from '../../shared/systems/supervision/item';

/** Builders for tests of the supervision domain and its repositories. */
export function aCheck(over: Partial<Check> = {}): Check {
  return {
    id: 'c1',
    year: 2026,
    title: '2026年第二季度村（社区）招工招才工作随机抽查',
    category: 'recruitment',
    content: '重点检查村（社区）党组织推动招工招才工作开展情况。',
    method: 'random',
    thirdPartyName: '',
    targetUnitIds: [],
    drawPlan: { filter: { kinds: ['village'], townId: null }, mode: 'count', value: 2 },
    startOn: '2026-05-12',
    endOn: '2026-05-20',
    secrecy: 'internal',
    status: 'draft',
    createdAt: '2026-05-01T08:00:00.000Z',
    createdBy: '王芳',
    updatedAt: '2026-05-01T08:00:00.000Z',
    isSample: 0,
    ...over,
  };
}

export function anItem(over: Partial<SupervisionItem> = {}): SupervisionItem {
  return {
    id: 'i1',
    taskId: 't1',
    source: 'check',
    category: 'recruitment',
    matter: '村级人才信息库未建立',
    requirement: '6月底前建立并报送',
    unitId: 'u1',
    dueOn: '2026-06-30',
    status: 'open',
    secrecy: 'internal',
    year: 2026,
    createdAt: '2026-05-20T08:00:00.000Z',
    createdBy: '王芳',
    isSample: 0,
    ...over,
  };
}

export function aFinding(over: Partial<Finding> = {}): Finding {
  return {
    id: 'f1',
    checkId: 'c1',
    unitId: 'u1',
    visitedOn: '2026-05-14',
    methods: ['visit', 'inspection'],
    observed: '走访了三户返乡创业人员。',
    rating: 'fairlyGood',
    goodPractice: '',
    itemIds: [],
    createdAt: '2026-05-14T08:00:00.000Z',
    createdBy: '王芳',
    isSample: 0,
    ...over,
  };
}
