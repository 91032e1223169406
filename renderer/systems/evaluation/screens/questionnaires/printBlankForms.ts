import type { PrintRun, Questionnaire, QuestionnaireVersion } from '../../../../../shared/systems/evaluation';
import { renderPaperFormHtml } from '../../../../../shared/systems/evaluation/paperForm/renderPaperFormHtml';
import type { SaveFileResult } from '../../../../../shared/core/bridge/schemas';
import { detectFontPlan } from '../../../../core/documents/output/fontDetection';
import { getHost } from '../../../../core/host';
import { paperLayouts } from '../../data/paperForms';

/**
 * Prints the numbered blank copies of a run to PDF through the paper side's layout (issue 19's
 * PaperFormDefinition, laid out at fixed positions, printed from the app's PDF path): each page
 * with its 份号, version, 密级 and the QR code of questionnaire, version, copy and page.
 */
export async function printBlankForms(
  q: Questionnaire,
  version: QuestionnaireVersion,
  run: PrintRun,
): Promise<SaveFileResult> {
  const [layout] = await paperLayouts([{ questionnaire: q, version }]);
  const copies = Array.from({ length: run.toCopy - run.fromCopy + 1 }, (_, i) => run.fromCopy + i);
  const html = renderPaperFormHtml(layout, copies, detectFontPlan());
  const name = `${q.title} 第${version.version}版 第${run.fromCopy}-${run.toCopy}份.pdf`;
  return getHost().printToPdf({ html, suggestedName: name.replace(/[\\/:*?"<>|]/g, '_') });
}
