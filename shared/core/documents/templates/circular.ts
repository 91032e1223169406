import type { OfficialDocument } from '../model';
import { buildGeneral, type GeneralInput } from './general';

/** 通报 (circular), e.g. 督查通报 or 表扬通报, in the office's or the Leading Group's name. */
export type CircularInput = GeneralInput;

export function buildCircular(input: CircularInput): OfficialDocument {
  return buildGeneral('circular', input);
}
