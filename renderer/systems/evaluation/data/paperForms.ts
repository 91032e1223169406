import {
  CONTENT_ITEM_TEXT,
  parentItemOf,
  toPaperDefinition,
  type ContentSubItem,
  type Questionnaire,
  type QuestionnaireVersion,
} from '../../../../shared/systems/evaluation';
import { layoutPaperForm } from '../../../../shared/systems/evaluation/paperForm/layoutForm';
import type { PaperFormLayout } from '../../../../shared/systems/evaluation/paperForm/layoutModel';
import type { Unit } from '../../../../shared/systems/registry';
import { unitsRepo } from '../../registry';
import { evaluationSettingsRepo } from './evaluationSettingsRepo';

/** The names a blank form prints: a village with its town, a content item in the office's Chinese. */
function paperNames(units: readonly Unit[], subItems: readonly ContentSubItem[]) {
  const byId = new Map(units.map((u) => [u.id, u]));
  return {
    unitName: (id: string) => {
      const unit = byId.get(id);
      const town = unit?.kind === 'village' && unit.parentId ? byId.get(unit.parentId) : undefined;
      return unit ? `${town?.name ?? ''}${unit.name}` : id;
    },
    contentName: (id: string) => {
      const item = CONTENT_ITEM_TEXT[parentItemOf(id)];
      const sub = subItems.find((s) => s.id === id);
      return sub ? `${item}·${sub.name}` : item;
    },
  };
}

/** The layouts of questionnaire versions, laid out as they print (the same names give the same boxes). */
export async function paperLayouts(
  items: readonly { questionnaire: Questionnaire; version: QuestionnaireVersion }[],
): Promise<PaperFormLayout[]> {
  const [units, subItems] = await Promise.all([unitsRepo.listAll(), evaluationSettingsRepo.subItems()]);
  const names = paperNames(units, subItems);
  return items.map(({ questionnaire, version }) =>
    layoutPaperForm(toPaperDefinition(version, questionnaire.secrecy, names)),
  );
}
