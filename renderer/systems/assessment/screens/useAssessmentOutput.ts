import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../shared/core/common/localDate';
import { UNIT_KINDS } from '../../../../shared/systems/registry';
import { buildAssessmentDocument, type FigurePart, type GridUnit } from '../../../../shared/systems/assessment';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { type OutputFormat, useDocumentOutput } from '../../../core/documents/output/useDocumentOutput';
import { localDateTime } from '../../../core/ui/localDateTime';
import { useErrorText } from '../../../core/ui/useErrorText';
import { chineseTexts } from './chineseTexts';
import { assessmentWorkbook, saveAssessmentSheet } from './exportAssessment';

export interface Shown {
  year: number;
  countedOn: string;
  parts: FigurePart[];
  units: GridUnit[];
  snapshot: { id: string; takenBy: string; takenAt: string } | null;
}

/** The year as shown — live or frozen — printed as a GB/T 9704 form with its tables, or saved to .xlsx. */
export function useAssessmentOutput() {
  const { t } = useTranslation();
  const tk = t as unknown as (key: string, o?: object) => string;
  const errorText = useErrorText();
  const output = useDocumentOutput();
  const fail = (e: unknown) => notifications.show({ color: 'red', message: errorText(e), autoClose: false });

  const document = async (format: OutputFormat, s: Shown) => {
    try {
      const [office, text] = await Promise.all([settingsRepo.office(), chineseTexts()]);
      const doc = buildAssessmentDocument(s.parts, s.units, {
        office,
        year: s.year,
        date: localDate(new Date()),
        countedOn: s.countedOn,
        frozen: s.snapshot ? { by: s.snapshot.takenBy, at: localDateTime(s.snapshot.takenAt) } : null,
        text,
        kinds: UNIT_KINDS.map((id) => ({ id, name: text(`registry.kinds.${id}`) })),
      });
      const source = s.snapshot
        ? { entity: 'assessmentSnapshots', id: s.snapshot.id }
        : { entity: 'assessmentSnapshots', id: String(s.year) };
      output.request(format, doc, source);
    } catch (e) {
      fail(e);
    }
  };

  const sheet = async (s: Shown) => {
    try {
      const title = t('assessment.sheetName', { year: s.year });
      const bytes = await assessmentWorkbook(s.parts, s.units, {
        sheetName: title,
        kind: t('assessment.kind'),
        unit: t('assessment.unit'),
        kindName: (kind) => tk(`registry.kinds.${kind}`),
        text: (key) => tk(key),
      });
      const result = await saveAssessmentSheet(s.year, title, bytes, s.units.length);
      if (result.status === 'saved')
        notifications.show({ color: 'green', message: t('assessment.saved', { path: result.path }) });
    } catch (e) {
      fail(e);
    }
  };

  return { output, document, sheet };
}
