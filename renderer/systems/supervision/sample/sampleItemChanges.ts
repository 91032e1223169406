import { addDays } from '../../../../shared/core/common/localDate';
import type { DeadlineExtension } from '../../../../shared/systems/supervision/extension';
import { type SupervisionItem, withIndexKeys } from '../../../../shared/systems/supervision/item';

/**
 * What happens to some items after they are issued, in the sample year (no random draws, so the
 * rest of the sample stays number for number the same): one task-list item entered twice is
 * withdrawn (撤销), and one overdue item has a unit's request for more time waiting for the
 * leader's 呈批单 (延期), which a trainee can print and decide in the app.
 */
export function withSampleChanges(items: SupervisionItem[], today: string): SupervisionItem[] {
  const untouched = (i: SupervisionItem) =>
    i.status === 'open' && !i.feedbackCount && !i.explanationCount && !i.slipDocumentId;
  const duplicate = items.find((i) => i.source === 'taskList' && untouched(i) && i.dueOn > today);
  const late = items.find((i) => i.source !== 'taskList' && i.status === 'open' && i.dueOn < today && i !== duplicate);
  return items.map((item) => {
    if (item === duplicate) {
      const on = item.createdAt.slice(0, 10);
      return withIndexKeys({
        ...item,
        status: 'withdrawn' as const,
        withdrawal: {
          reason: '重复登记：与同一单位的另一条任务分解清单事项相同（示例）',
          on,
          by: '示例数据',
          at: item.createdAt,
        },
      });
    }
    if (item === late) {
      const requestedOn = addDays(item.dueOn, 1) <= today ? addDays(item.dueOn, 1) : today;
      const request: DeadlineExtension = {
        id: `${item.id}-extension`,
        requestedOn,
        requestedBy: '示例联系人',
        newDueOn: addDays(today, 30),
        newReplyBy: addDays(today, 30),
        reason: '场地改造需待汛期结束后施工，申请延期一个月（示例）',
        fromDueOn: item.dueOn,
        fromReplyBy: item.replyBy ?? item.dueOn,
        recordedAt: `${requestedOn}T09:00:00.000Z`,
        recordedBy: '示例数据',
      };
      return { ...item, extensions: [request] };
    }
    return item;
  });
}
