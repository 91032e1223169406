import type { BoxReading } from '../../../shared/systems/evaluation/paperForm/read/boxReading';
import type { MarkStyle, Truth } from './planMarks';

export interface Score {
  boxes: number;
  right: number;
  doubtful: number;
  wrong: number;
  /** Wrong readings: box, what was meant, what was read, how it was marked. */
  misses: { id: string; truth: string; read: string; style?: MarkStyle; coverage: number; faint: number }[];
}

export const emptyScore = (): Score => ({ boxes: 0, right: 0, doubtful: 0, wrong: 0, misses: [] });

/** Each box read right, left doubtful for a person, or read wrong without doubt. */
export function scorePage(score: Score, truth: Truth, read: BoxReading[], styles: Record<string, MarkStyle> = {}) {
  for (const b of read) {
    score.boxes++;
    if (b.state === 'doubtful') score.doubtful++;
    else if (b.state === truth[b.id]) score.right++;
    else {
      score.wrong++;
      score.misses.push({
        id: b.id,
        truth: truth[b.id],
        read: b.state,
        style: styles[b.id],
        coverage: b.coverage,
        faint: b.faint,
      });
    }
  }
  return score;
}
