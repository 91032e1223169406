import type { PaperFormLayout } from './layoutModel';
import type { PageReading, PageStatus } from './read/readPage';

/** Something a person must settle before a scanned copy becomes a return. */
export type ScanProblem =
  /** A box read neither ticked nor empty. */
  | { kind: 'doubtful'; groupId: string; pageNo: number; boxIds: string[] }
  /** More ticks than the question allows (two where one is allowed, or past 最多选N项). */
  | { kind: 'tooMany'; groupId: string; pageNo: number; boxIds: string[] }
  /** A page of the copy is not in the stack. */
  | { kind: 'missingPage'; pageNo: number }
  /** The same page of the same copy scanned twice (the later one is not read). */
  | { kind: 'duplicatePage'; pageNo: number };

/** A page of the stack that belongs to no copy the app can read. */
export interface UnknownPage<Ref> {
  ref: Ref;
  status: Exclude<PageStatus, 'read'>;
  /** What the QR code said, when one was read (a copy of another questionnaire or version). */
  code: PageReading['code'];
}

/** One copy of a questionnaire as the scan reads it, before a person reviews it. */
export interface ScannedCopy<Ref> {
  questionnaireId: string;
  version: number;
  copyNumber: number;
  /** The scanned page behind each page number. */
  pages: Record<number, Ref>;
  /** Choice ids ticked per group (an item, or a matrix row); doubtful boxes are not in it. */
  answers: Record<string, string[]>;
  problems: ScanProblem[];
}

/** One page's answers per group and its problems (doubtful boxes, more ticks than allowed). */
export function pageAnswers(
  layout: PaperFormLayout,
  pageNo: number,
  reading: Pick<PageReading, 'boxes'>,
): { answers: Record<string, string[]>; problems: ScanProblem[] } {
  const page = layout.pages.find((p) => p.pageNo === pageNo);
  const answers: Record<string, string[]> = {};
  const problems: ScanProblem[] = [];
  if (!page) return { answers, problems };
  const state = new Map(reading.boxes.map((b) => [b.id, b.state]));
  for (const group of layout.groups.filter((g) => g.pageNo === pageNo)) {
    const boxes = page.boxes.filter((b) => b.groupId === group.id);
    const ticked = boxes.filter((b) => state.get(b.id) === 'ticked');
    const doubtful = boxes.filter((b) => state.get(b.id) === 'doubtful');
    answers[group.id] = ticked.map((b) => b.choiceId);
    const limit = group.kind === 'single' ? 1 : (group.maxChoices ?? boxes.length);
    if (doubtful.length) {
      problems.push({ kind: 'doubtful', groupId: group.id, pageNo, boxIds: doubtful.map((b) => b.id) });
    } else if (ticked.length > limit) {
      problems.push({ kind: 'tooMany', groupId: group.id, pageNo, boxIds: ticked.map((b) => b.id) });
    }
  }
  return { answers, problems };
}

const copyKey = (id: string, version: number, copy: number) => `${id}\u0000${version}\u0000${copy}`;

/**
 * Sorts a read stack into copies (by questionnaire, version and 份号 from each page's code), their
 * answers and their problems, and the pages no copy can take. Order of the stack does not matter.
 */
export function assembleCopies<Ref>(
  pages: readonly { ref: Ref; reading: PageReading }[],
  layoutFor: (questionnaireId: string, version: number) => PaperFormLayout | undefined,
): { copies: ScannedCopy<Ref>[]; unknown: UnknownPage<Ref>[] } {
  const copies = new Map<string, ScannedCopy<Ref>>();
  const unknown: UnknownPage<Ref>[] = [];
  for (const { ref, reading } of pages) {
    const code = reading.code;
    if (reading.status !== 'read' || !code) {
      unknown.push({ ref, status: reading.status === 'read' ? 'no-code' : reading.status, code });
      continue;
    }
    const key = copyKey(code.questionnaireId, code.version, code.copyNumber);
    const copy =
      copies.get(key) ??
      copies
        .set(key, {
          questionnaireId: code.questionnaireId,
          version: code.version,
          copyNumber: code.copyNumber,
          pages: {},
          answers: {},
          problems: [],
        })
        .get(key)!;
    if (copy.pages[code.pageNo] !== undefined) {
      copy.problems.push({ kind: 'duplicatePage', pageNo: code.pageNo });
      continue;
    }
    copy.pages[code.pageNo] = ref;
    const layout = layoutFor(code.questionnaireId, code.version);
    if (!layout) continue;
    const read = pageAnswers(layout, code.pageNo, reading);
    Object.assign(copy.answers, read.answers);
    copy.problems.push(...read.problems);
  }
  for (const copy of copies.values()) {
    const layout = layoutFor(copy.questionnaireId, copy.version);
    for (const p of layout?.pages ?? []) {
      if (copy.pages[p.pageNo] === undefined) copy.problems.push({ kind: 'missingPage', pageNo: p.pageNo });
    }
  }
  const sorted = [...copies.values()].sort(
    (a, b) =>
      a.questionnaireId.localeCompare(b.questionnaireId) || a.version - b.version || a.copyNumber - b.copyNumber,
  );
  return { copies: sorted, unknown };
}
