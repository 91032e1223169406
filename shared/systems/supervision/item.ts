import type { SecrecyLevel } from '../../core/common/secrecy';
import type { DeadlineExtension, VoidedSlip, Withdrawal } from './itemRecords';

/**
 * A supervision item (督办事项): one matter, owned by ONE responsible unit, with a deadline. A task
 * deployed to three units is three items sharing a `taskId`, so every per-unit count and list is
 * an index range. Items come from meetings (System 1), leaders' instructions (批示), annual task
 * lists (任务分解清单), checks (System 2 findings) and evaluation reminders (System 4).
 *
 * Shared by System 1 (which deploys tasks) and System 2 (which tracks them to close-out).
 */
export const ITEM_SOURCES = ['meeting', 'instruction', 'taskList', 'check', 'evaluation'] as const;
export type ItemSource = (typeof ITEM_SOURCES)[number];

/** The seed's nine content categories of supervision (督查内容), in its order (S2-2.1 … S2-2.9). */
export const CONTENT_CATEGORIES = [
  'higherDeployment', // 上级部署落实和人才政策制度执行情况
  'annualTasks', // 年度工作要点、任务分解清单、绩效考评指标完成情况
  'leaderInstructions', // 市委领导批示要求和交办事项落实情况
  'majorEvents', // 重大人才活动、项目工程实施推进
  'townWork', // 镇街、开发区抓人才工作和队伍建设
  'memberUnitWork', // 成员单位抓本系统人才工作
  'billsProposals', // 人大代表、政协委员议案提案办理
  'recruitment', // 乡镇村党组织推动招工招才
  'other', // 其他事项
] as const;
export type ContentCategory = (typeof CONTENT_CATEGORIES)[number];

/**
 * open: assigned, waiting for the unit · replied: feedback received, waiting for verification ·
 * closed: verified done, 办结登记 and 销号 · archived: 立卷归档 written · withdrawn: 撤销, issued by
 * mistake (withdrawal.ts): out of every open list and count, kept in the unit's history. Overdue
 * is not a status: it is derived from `dueOn` and the clock (see System 2's deadline rules), so
 * nothing can hide it.
 */
export const ITEM_STATUSES = ['open', 'replied', 'closed', 'archived', 'withdrawn'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** Open for tracking: assigned (open) or answered but not yet verified (replied). */
export function isOpenStatus(status: ItemStatus): boolean {
  return status === 'open' || status === 'replied';
}

export interface SupervisionItem {
  id: string;
  /** Items deployed together (one task to many units) share this id. */
  taskId: string;
  source: ItemSource;
  /** Links back to where the item came from; only the ones that apply are set. */
  meetingId?: string;
  topicId?: string;
  checkId?: string;
  findingId?: string;
  /** For leaders' instructions: who instructed and the document or note it came in. */
  instruction?: { by: string; on: string; ref: string };
  category: ContentCategory;
  /** 督办事项: what must be done. */
  matter: string;
  /** 工作要求. */
  requirement: string;
  /** Responsible unit (registry unit id). */
  unitId: string;
  /** Deadline, YYYY-MM-DD (local date). */
  dueOn: string;
  /** Reply-by date for the feedback (反馈时限), YYYY-MM-DD; defaults to the deadline. */
  replyBy?: string;
  status: ItemStatus;
  secrecy: SecrecyLevel;
  /** Year the item belongs to (from its creation), for yearly summaries. */
  year: number;
  createdAt: string;
  createdBy: string;
  /** 督办通知单 numbering, set when the slip is issued. */
  slipNumber?: string;
  slipDocumentId?: string;
  closedOn?: string;
  verifiedBy?: string;
  /** 办结登记: what the verifier found. */
  closeNote?: string;
  archivedAt?: string;
  /** File name of the 立卷归档 bundle as saved. */
  archiveName?: string;
  /** Feedback received so far (回执 / 办理情况), and the date of the latest. */
  feedbackCount?: number;
  lastFeedbackOn?: string;
  /** 情况说明 recorded for this item (an overdue item needs at least one). */
  explanationCount?: number;
  /** 延期: every request for more time and the leader's decision, oldest first (extension.ts). */
  extensions?: DeadlineExtension[];
  /** 督办通知单 voided by corrections (the one in force is slipNumber), oldest first. */
  voidedSlips?: VoidedSlip[];
  /** 撤销: why, when and by whom (status 'withdrawn'). */
  withdrawal?: Withdrawal;
  updatedAt?: string;
  /**
   * Index keys kept by the repository on every write (never set by callers):
   * `dueKey` = dueOn|id always; `openKey` = dueOn|id while the item is open or replied, absent once
   * closed — so "open items by deadline, overdue first" is one ascending range of one index.
   */
  dueKey?: string;
  openKey?: string;
  isSample: 0 | 1;
}

/** The index keys of an item as stored (see SupervisionItem.dueKey / openKey). */
export function itemIndexKeys(item: Pick<SupervisionItem, 'id' | 'dueOn' | 'status'>): {
  dueKey: string;
  openKey: string | undefined;
} {
  const dueKey = `${item.dueOn}|${item.id}`;
  return { dueKey, openKey: item.status === 'open' || item.status === 'replied' ? dueKey : undefined };
}

/** The item with its list keys set (and `openKey` absent once it is closed), as every write stores it. */
export function withIndexKeys<T extends Pick<SupervisionItem, 'id' | 'dueOn' | 'status'>>(
  item: T,
): T & { dueKey: string; openKey?: string } {
  const { dueKey, openKey } = itemIndexKeys(item);
  const { openKey: _stale, ...rest } = item as T & { openKey?: string };
  return (openKey ? { ...rest, dueKey, openKey } : { ...rest, dueKey }) as T & { dueKey: string; openKey?: string };
}

/** What a deploying module hands over; the repository fills in ids, status and bookkeeping. */
export type NewSupervisionItem = Omit<
  SupervisionItem,
  'id' | 'status' | 'createdAt' | 'createdBy' | 'year' | 'isSample' | 'dueKey' | 'openKey'
> & {
  isSample?: 0 | 1;
};
