import type { FigurePart, GridUnit } from '../../../../shared/systems/assessment';
import type { AssessmentLink } from '../../../core/manifest';
import { installedSystems } from '../../../core/plugin/installed';
import { unitsRepo } from '../../registry';

/** The live figures of a year: every installed system's part, and where each figure's records open. */
export interface LiveFigures {
  parts: FigurePart[];
  /** partId → unitId → columnId → link */
  links: Map<string, Map<string, Readonly<Record<string, AssessmentLink>>>>;
}

/**
 * Reads each system's figures only through its manifest's `assessment` sources, in the order the
 * systems are installed; the units in the registry's order, named as they are today.
 */
export const figuresRepo = {
  async live(year: number, today: string): Promise<LiveFigures> {
    const sources = installedSystems().flatMap((s) => s.assessment);
    const parts = await Promise.all(sources.map((s) => s.figures(year, today)));
    return {
      parts: sources.map((s, i) => ({
        id: s.id,
        titleKey: s.titleKey,
        columns: parts[i].columns,
        units: parts[i].units.map((u) => ({ unitId: u.unitId, values: u.values })),
      })),
      links: new Map(sources.map((s, i) => [s.id, new Map(parts[i].units.map((u) => [u.unitId, u.links]))])),
    };
  },

  /** Active units, and inactive ones too (a unit merged away in the year keeps its figures). */
  async units(): Promise<GridUnit[]> {
    return (await unitsRepo.listAll()).map((u) => ({ id: u.id, name: u.name, kind: u.kind }));
  },
};
