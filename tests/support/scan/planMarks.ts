import type { LayoutBox, MmRect } from '../../../shared/systems/evaluation/paperForm/layoutModel';
import type { Rng } from './random';

/** How a hand marked a box. `corrected` is a tick struck through again: the respondent took it back. */
export type MarkStyle = 'tick' | 'cross' | 'fill' | 'pencil' | 'bigTick' | 'corrected';

export interface PlannedMark {
  boxId: string;
  style: MarkStyle;
}

/** What a hand needs of a form: where its boxes and writing areas are, and what each question allows. */
export interface FillableForm {
  pages: { pageNo: number; boxes: LayoutBox[]; textAreas: MmRect[] }[];
  groups: { id: string; kind: 'single' | 'multiple'; maxChoices?: number }[];
}

/** What the respondent meant, box by box: what a perfect reader would read. */
export type Truth = Record<string, 'ticked' | 'empty'>;

export interface PlannedCopy {
  copyNumber: number;
  marks: PlannedMark[];
  truth: Truth;
}

const STYLES: [MarkStyle, number][] = [
  ['tick', 45],
  ['cross', 22],
  ['fill', 10],
  ['pencil', 10],
  ['bigTick', 13],
];

/**
 * Answers one copy as people do: most questions get one mark in one of several hands, a few are
 * skipped (skipChance: 0 when every question must be answered), a few single-choice questions get
 * two ticks, a few a tick taken back and another made, multiple choice a few options.
 */
export function planCopy(layout: FillableForm, copyNumber: number, r: Rng, skipChance = 0.04): PlannedCopy {
  const marks: PlannedMark[] = [];
  const truth: Truth = {};
  const boxes = layout.pages.flatMap((p) => p.boxes);
  for (const b of boxes) truth[b.id] = 'empty';
  const tick = (boxId: string) => {
    marks.push({ boxId, style: r.weighted(STYLES) });
    truth[boxId] = 'ticked';
  };
  for (const group of layout.groups) {
    const ids = boxes.filter((b) => b.groupId === group.id).map((b) => b.id);
    if (r.chance(skipChance)) continue;
    if (group.kind === 'multiple') {
      const count = r.int(1, Math.min(ids.length, group.maxChoices ?? ids.length));
      [...ids]
        .sort(() => r.next() - 0.5)
        .slice(0, count)
        .forEach(tick);
      continue;
    }
    const chosen = r.pick(ids);
    if (r.chance(0.03)) {
      const takenBack = r.pick(ids.filter((id) => id !== chosen));
      marks.push({ boxId: takenBack, style: 'corrected' });
    } else if (r.chance(0.02)) {
      tick(r.pick(ids.filter((id) => id !== chosen)));
    }
    tick(chosen);
  }
  return { copyNumber, marks, truth };
}
