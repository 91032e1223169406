/**
 * System 4, 服务对象评价: the pure rules and document builders (public entry). Other systems and
 * the renderer's evaluation folder import from here.
 */
export * from './terms';
export * from './contentItems';
export * from './scale';
export * from './tally';
export * from './period';
export * from './rating';
export * from './aggregate';
export * from './record';
export * from './hotline';
export * from './questionnaire';
export * from './slots';
export * from './returns';
export * from './returnTextImages';
export * from './keyedEntry';
export * from './returnImport';
export * from './thresholds';
export * from './rectification';
export * from './report';
export * from './refusals';
export * from './paperDefinition';
export * from './codes';
export { buildReminderNotice, type ReminderNoticeContext } from './documents/reminderNotice';
export { buildSatisfactionCircular } from './documents/satisfactionCircular';
export { CHANNEL_TEXT, CONTENT_ITEM_TEXT, EVENT_TEXT } from './documents/terms';
