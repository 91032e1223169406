import type { OfficialDocument } from '../model';
import { buildGeneral, type GeneralInput } from './general';

/** 通知 (notice) in the Leading Group's or the office's name. */
export type NoticeInput = GeneralInput;

export function buildNotice(input: NoticeInput): OfficialDocument {
  return buildGeneral('notice', input);
}
