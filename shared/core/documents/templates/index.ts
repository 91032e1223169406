/** Templates build OfficialDocument models; the renderers turn them into Word or print. */
export { buildNotice, type NoticeInput } from './notice';
export { buildMinutes, type MinutesInput } from './minutes';
export { buildBulletin, type BulletinInput } from './bulletin';
export { buildCircular, type CircularInput } from './circular';
export { buildLetter, type LetterInput } from './letter';
export { buildSupervisionSlip, buildApprovalSlip, type SupervisionSlipInput, type ApprovalSlipInput } from './slips';
export { paragraphs, type TemplateBase } from './common';
export { buildPlan, buildSignInSheet, type PlanInput, type SignInSheetInput } from './meetingForms';
