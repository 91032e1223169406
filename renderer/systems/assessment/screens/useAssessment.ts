import { useLiveQuery } from 'dexie-react-hooks';
import { compareParts, type FigurePart, type GridUnit } from '../../../../shared/systems/assessment';
import { figuresRepo, type LiveFigures } from '../data/figuresRepo';
import { snapshotsRepo } from '../data/snapshotsRepo';

export interface AssessmentView {
  live: LiveFigures | undefined;
  /** What the grid shows: the snapshot's parts and units, or the live ones. */
  parts: FigurePart[] | undefined;
  units: GridUnit[] | undefined;
  snapshot: Awaited<ReturnType<typeof snapshotsRepo.get>>;
  snapshots: Awaited<ReturnType<typeof snapshotsRepo.list>> | undefined;
  /** Figures a snapshot holds that differ from today's: `partId|unitId|columnId` → live value. */
  changed: Map<string, number | null>;
}

export const changeKey = (partId: string, unitId: string, columnId: string) => `${partId}|${unitId}|${columnId}`;

/** The year's live figures, its snapshots, and — when one is chosen — what changed since. */
export function useAssessment(year: number, today: string, snapshotId: string | null): AssessmentView {
  const live = useLiveQuery(() => figuresRepo.live(year, today), [year, today]);
  const liveUnits = useLiveQuery(() => figuresRepo.units(), []);
  const snapshots = useLiveQuery(() => snapshotsRepo.list(year), [year]);
  const snapshot = snapshots?.find((s) => s.id === snapshotId);
  const changed = new Map<string, number | null>();
  if (snapshot && live)
    for (const c of compareParts(snapshot.parts, live.parts))
      changed.set(changeKey(c.partId, c.unitId, c.columnId), c.live);
  return {
    live,
    parts: snapshot ? snapshot.parts : live?.parts,
    units: snapshot ? snapshot.units : liveUnits,
    snapshot,
    snapshots,
    changed,
  };
}
