import { addDays, daysBetween, localDate } from '../../../../shared/core/common/localDate';
import type { Unit, UnitKind } from '../../../../shared/systems/registry';
import type { OfficeSettings } from '../../../../shared/core/office/office';
import { documentNumber } from '../../../../shared/core/documents/format';
import type { IssuedDocument } from '../../../../shared/core/documents/register';
import { buildItemSlip } from '../../../../shared/systems/supervision/documents/itemDocuments';
import { type Check, type CheckMethod, type CheckStatus } from '../../../../shared/systems/supervision/check';
import type { Explanation, ItemFeedback } from '../../../../shared/systems/supervision/feedback';
import type { Finding } from '../../../../shared/systems/supervision/finding';
import { FINDING_METHODS, FINDING_RATINGS } from '../../../../shared/systems/supervision/finding';
import { type ItemSource, type SupervisionItem, withIndexKeys } from '../../../../shared/systems/supervision/item';
import { DRAW_ALGORITHM, runDraw } from '../../../../shared/systems/supervision/randomDraw';
import type { SampleTables } from '../../../core/sample';
import type { RegistrySampleContext } from '../../registry';
import { createRandom, type Random } from '../../../core/sample/random';
import { withSampleChanges } from './sampleItemChanges';
import {
  CHECK_TITLES,
  EXPLANATIONS,
  FEEDBACK,
  GOOD_PRACTICE,
  INSTRUCTIONS,
  MATTERS,
  OBSERVATIONS,
  TASKS,
} from './supervisionPhrases';

/** Method of each planned check below, in order: every method appears, random twice. */
const METHODS: CheckMethod[] = [
  'random',
  'research',
  'research',
  'unannounced',
  'thirdParty',
  'research',
  'random',
  'research',
  'random',
  'research',
];

/**
 * A year of System 2 (督查抽查) in every state: checks from draft to completed (one of each
 * method, an unannounced one, a rejected one), findings with unfinished matters, and items from
 * checks, leaders' instructions and task lists that are on track, due soon, overdue (some with a
 * 情况说明), answered, closed and archived. Pure and seeded; dates lie around `now`.
 */
export function generateSupervision({ seed, now, units, office }: RegistrySampleContext): SampleTables {
  if (units.length === 0) return {};
  const rng = createRandom(`${seed}/supervision`);
  const today = localDate(now);
  const year = now.getFullYear();
  const stamp = (date: string) => `${date}T01:30:00.000Z`;
  const ofKind = (kinds: UnitKind[]) => units.filter((u) => kinds.includes(u.kind) && u.isActive === 1);
  const checks: Check[] = [];
  const findings: Finding[] = [];
  const items: SupervisionItem[] = [];
  const feedback: ItemFeedback[] = [];
  const explanations: Explanation[] = [];

  const addItem = (
    source: ItemSource,
    unitId: string,
    matter: readonly [string, string],
    dueOn: string,
    createdOn: string,
    extra: Partial<SupervisionItem>,
  ) => {
    const id = rng.uuid();
    const r = rng.next();
    const isPast = dueOn < today;
    // Past deadlines: mostly done, a few still open (overdue); future ones mostly open.
    const status: SupervisionItem['status'] =
      extra.status ??
      (isPast
        ? r < 0.55
          ? 'archived'
          : r < 0.8
            ? 'closed'
            : r < 0.9
              ? 'replied'
              : 'open'
        : r < 0.15
          ? 'closed'
          : r < 0.35
            ? 'replied'
            : 'open');
    const item: SupervisionItem = {
      id,
      taskId: id,
      source,
      category: 'annualTasks',
      matter: matter[0],
      requirement: matter[1],
      unitId,
      dueOn,
      replyBy: addDays(dueOn, -3),
      status,
      secrecy: 'internal',
      year: Number(createdOn.slice(0, 4)),
      createdAt: stamp(createdOn),
      createdBy: '示例数据',
      isSample: 1,
      ...extra,
    };
    if (status !== 'open') {
      const receivedOn =
        isPast && status !== 'replied'
          ? addDays(dueOn, -rng.int(0, 5))
          : addDays(createdOn, rng.int(3, 20)) < today
            ? addDays(createdOn, rng.int(3, 20))
            : today;
      feedback.push({
        id: rng.uuid(),
        itemId: id,
        receivedOn,
        progress: rng.pick(FEEDBACK),
        reportedBy: '示例联系人',
        attachmentIds: [],
        createdAt: stamp(receivedOn),
        createdBy: '示例数据',
        isSample: 1,
      });
      item.feedbackCount = 1;
      item.lastFeedbackOn = receivedOn;
    }
    if (status === 'closed' || status === 'archived')
      Object.assign(item, {
        closedOn: item.lastFeedbackOn ?? today,
        verifiedBy: '示例核实人',
        closeNote: '经实地核实，已完成。',
      });
    if (status === 'archived')
      Object.assign(item, { archivedAt: stamp(item.closedOn!), archiveName: '示例立卷归档.zip' });
    if ((status === 'open' || status === 'replied') && isPast && rng.chance(0.5)) {
      const [reason, measures] = rng.pick(EXPLANATIONS);
      const receivedOn = addDays(dueOn, 1) <= today ? addDays(dueOn, 1) : today;
      explanations.push({
        id: rng.uuid(),
        itemId: id,
        receivedOn,
        reason,
        measures,
        submittedBy: '示例联系人',
        daysOverdue: 1,
        createdAt: stamp(receivedOn),
        createdBy: '示例数据',
        isSample: 1,
      });
      item.explanationCount = 1;
    }
    items.push(withIndexKeys(item));
    return item;
  };

  // Checks across the year: the older ones completed, the newest still being prepared.
  const plan: Array<[number, CheckStatus]> = [
    [-320, 'completed'],
    [-250, 'completed'],
    [-180, 'completed'],
    [-110, 'completed'],
    [-45, 'completed'],
    [-12, 'underway'],
    [10, 'approved'],
    [20, 'submitted'],
    [30, 'draft'],
    [-60, 'rejected'],
  ];
  plan.forEach(([offset, status], i) => {
    const [category, title] = CHECK_TITLES[i % CHECK_TITLES.length];
    const method = METHODS[i];
    const startOn = addDays(today, offset);
    const pool = ofKind(
      category === 'recruitment' ? ['village'] : category === 'memberUnitWork' ? ['member'] : ['town', 'zone'],
    );
    if (pool.length === 0) return;
    const check: Check = {
      id: rng.uuid(),
      year: Number(startOn.slice(0, 4)),
      title: `${startOn.slice(0, 4)}年${title}`,
      category,
      content: `重点了解${title.replace(/督查|抽查|随机|调研|暗访|委托第三方/g, '')}情况。`,
      method,
      thirdPartyName: method === 'thirdParty' ? '示例评估咨询有限公司' : '',
      targetUnitIds: [],
      drawPlan: null,
      startOn,
      endOn: addDays(startOn, 6),
      secrecy: method === 'unannounced' ? 'secret' : 'internal',
      status,
      createdAt: stamp(addDays(startOn, -14)),
      createdBy: '示例数据',
      updatedAt: stamp(addDays(startOn, -7)),
      isSample: 1,
    };
    if (status !== 'draft') check.approvalSlipNumber = `示例${year}呈${i + 1}`;
    if (status !== 'draft' && status !== 'submitted')
      check.decision = {
        decision: status === 'rejected' ? 'rejected' : 'approved',
        by: '示例组长',
        on: addDays(startOn, -7),
        remark: status === 'rejected' ? '暂缓开展' : '',
        recordedBy: '示例数据',
        recordedAt: stamp(addDays(startOn, -7)),
      };
    if (method === 'random') {
      check.drawPlan = {
        filter: { kinds: [pool[0].kind], townId: null },
        mode: 'count',
        value: Math.min(3, pool.length),
      };
      if (status !== 'draft' && status !== 'submitted' && status !== 'rejected') {
        const input = {
          algorithm: DRAW_ALGORITHM,
          seed: rng.uuid().slice(0, 16).replace(/-/g, ''),
          candidates: pool.map((u) => ({ unitId: u.id, name: u.name, key: u.sortKey })),
          exclusions: [],
          mode: 'count' as const,
          value: check.drawPlan.value,
        };
        const outcome = runDraw(input);
        check.draw = {
          ...input,
          ...outcome,
          filterText: '示例范围',
          drawnAt: stamp(addDays(startOn, -5)),
          drawnBy: '示例数据',
        };
        check.targetUnitIds = outcome.result;
      }
    } else
      check.targetUnitIds = rng
        .shuffle(pool)
        .slice(0, Math.min(3, pool.length))
        .map((u) => u.id);
    checks.push(check);
    if (status !== 'completed' && status !== 'underway') return;
    for (const unitId of check.targetUnitIds) {
      const visitedOn = addDays(startOn, rng.int(0, 5));
      if (visitedOn > today) continue;
      const finding: Finding = {
        id: rng.uuid(),
        checkId: check.id,
        unitId,
        visitedOn,
        methods: rng.shuffle(FINDING_METHODS).slice(0, rng.int(1, 3)),
        observed: rng.pick(OBSERVATIONS),
        rating: rng.pick(FINDING_RATINGS),
        goodPractice: rng.chance(0.4) ? rng.pick(GOOD_PRACTICE) : '',
        itemIds: [],
        createdAt: stamp(visitedOn),
        createdBy: '示例数据',
        isSample: 1,
      };
      for (let m = rng.int(0, 2); m > 0; m--)
        finding.itemIds.push(
          addItem('check', unitId, rng.pick(MATTERS), addDays(visitedOn, rng.int(20, 45)), visitedOn, {
            checkId: check.id,
            findingId: finding.id,
            category,
          }).id,
        );
      findings.push(finding);
    }
  });

  // Leaders' instructions and the annual task list, spread over the year.
  const leaders = ofKind(['member', 'town', 'zone']);
  for (let i = 0; i < 12 && leaders.length; i++) {
    const [matter, ref] = rng.pick(INSTRUCTIONS);
    const on = addDays(today, -rng.int(5, 150));
    addItem(
      'instruction',
      rng.pick(leaders).id,
      [matter, '按批示要求抓好落实，及时报告进展'],
      addDays(on, rng.int(15, 60)),
      on,
      { category: 'leaderInstructions', instruction: { by: '示例市委领导', on, ref } },
    );
  }
  const listOn = `${year}-01-15` < today ? `${year}-01-15` : addDays(today, -30);
  // Task-list deadlines run through the year and a little past today, so some are still ahead.
  const span = daysBetween(listOn, today) + 45;
  for (const task of TASKS)
    for (const unit of rng.shuffle(leaders).slice(0, 5))
      addItem('taskList', unit.id, task, addDays(listOn, rng.int(Math.min(40, span), span)), listOn, {});
  // A few tasks fall due this week: the Dashboard's 临期 figure has something to show.
  for (const unit of rng.shuffle(leaders).slice(0, 3))
    addItem('taskList', unit.id, rng.pick(TASKS), addDays(today, rng.int(0, 6)), listOn, { status: 'open' });
  const slips = sampleSlips(items, units, office, rng);
  return {
    checks,
    findings,
    supervisionItems: withSampleChanges(items, today),
    itemFeedback: feedback,
    explanations,
    ...slips,
  };
}

/**
 * 督办通知单 for the sample items from checks and instructions, in the register under a clearly
 * sample series (示例海人才督〔2026〕n号): the office's real numbers stay untouched.
 */
function sampleSlips(
  items: SupervisionItem[],
  units: readonly Unit[],
  office: OfficeSettings,
  rng: Random,
): { documents: IssuedDocument[]; docSequences: Array<{ prefix: string; year: number; next: number }> } {
  const byId = new Map(units.map((u) => [u.id, u]));
  const prefix = `示例${office.supervisionSlipPrefix}`;
  const sequences = new Map<number, number>();
  const documents: IssuedDocument[] = [];
  for (const item of items) {
    if (item.source === 'taskList') continue;
    const date = item.createdAt.slice(0, 10);
    const year = Number(date.slice(0, 4));
    const sequence = (sequences.get(year) ?? 0) + 1;
    sequences.set(year, sequence);
    const number = documentNumber(prefix, year, sequence);
    const unit = byId.get(item.unitId);
    const document = buildItemSlip(item, {
      office,
      target: unit?.partyOrgName || unit?.name || '',
      date,
      number,
      handler: '示例数据',
    });
    const id = rng.uuid();
    documents.push({
      id,
      kind: 'supervisionSlip',
      number,
      prefix,
      year,
      sequence,
      title: document.title,
      secrecy: item.secrecy,
      issuedAt: item.createdAt,
      issuedKey: `${item.createdAt}|${id}`,
      issuedBy: '示例数据',
      sourceId: `supervisionItems:${item.id}`,
      status: 'issued',
      voidReason: '',
      document,
      isSample: 1,
    } as IssuedDocument);
    item.slipNumber = number;
    item.slipDocumentId = id;
  }
  // The sample series continues after these numbers when a slip is issued for a sample item.
  return { documents, docSequences: [...sequences].map(([year, last]) => ({ prefix, year, next: last + 1 })) };
}
