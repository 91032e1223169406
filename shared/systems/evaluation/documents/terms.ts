import type { ContentItem, EventKind, RecordChannel } from '../terms';

/** How the documents name the seed's content items, channels and events (always in Chinese). */
export const CONTENT_ITEM_TEXT: Record<ContentItem, string> = {
  policy: '人才工作政策、项目工程、活动平台、工作载体',
  performance: '履职尽责、办事效率、服务态度',
  other: '其他事项',
};

export const CHANNEL_TEXT: Record<RecordChannel | 'questionnaire', string> = {
  hotline: '24小时服务热线',
  box: '公开意见箱',
  talk: '谈心谈话',
  visit: '走访调研',
  phone: '电话问询',
  questionnaire: '问卷调查',
  event: '主题活动',
};

export const EVENT_TEXT: Record<EventKind, string> = {
  seminar: '国情省情市情研修班',
  salon: '“高端人才沙龙”',
  symposium: '交流研讨会',
  forum: '调研座谈会',
};
