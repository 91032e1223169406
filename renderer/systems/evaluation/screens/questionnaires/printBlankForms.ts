import type { PrintRun, Questionnaire, QuestionnaireVersion } from '../../../../../shared/systems/evaluation';
import type { Names } from '../useNames';

/**
 * Prints the numbered blank copies of a run through the paper form's layout (issue 19's
 * PaperFormDefinition, laid out at fixed positions and printed from the app's PDF path).
 * TODO(issue 19): map the version onto the PaperFormDefinition once it is on main.
 */
export async function printBlankForms(
  _q: Questionnaire,
  _version: QuestionnaireVersion,
  _run: PrintRun,
  _names: Names,
): Promise<void> {}
