import { localDate } from '../../../../shared/core/common/localDate';
import { AppError } from '../../../../shared/core/errors';
import { answersFromPaper, refusalKey } from '../../../../shared/systems/evaluation';
import type { ScanReturnsPort } from '../scan/returnsPort';
import { paperLayouts } from './paperForms';
import { questionnairesRepo } from './questionnairesRepo';
import { returnsRepo } from './returnsRepo';

/**
 * System 4's side of the scan (issue 19's ScanReturnsPort): the layouts of every printed version,
 * and a reviewed copy saved as a return like one keyed in — anonymous, dated the day it is saved,
 * refused when its 份号 is entered already, counted in the kept results in the same transaction.
 */
export const scanReturnsRepo: ScanReturnsPort = {
  async printedLayouts() {
    const printed = [];
    for (const questionnaire of await questionnairesRepo.list())
      for (const no of new Set(questionnaire.printRuns.map((r) => r.version))) {
        const version = await questionnairesRepo.version(questionnaire.id, no);
        if (version) printed.push({ questionnaire, version });
      }
    return paperLayouts(printed);
  },

  async saveReturn(paper) {
    const version = await questionnairesRepo.version(paper.questionnaireId, paper.version);
    if (!version) throw new AppError('not-found', { id: `${paper.questionnaireId}|${paper.version}` });
    try {
      await returnsRepo.enter(paper.questionnaireId, {
        copyNumber: paper.copyNumber,
        version: paper.version,
        receivedOn: localDate(new Date()),
        answers: answersFromPaper(version, paper.answers),
        isScanned: true,
        textImages: paper.textImages,
      });
      return { status: 'saved' };
    } catch (error) {
      if (error instanceof AppError && error.params.reason === refusalKey('copyEnteredTwice'))
        return { status: 'refused', reason: 'copy-already-entered' };
      throw error;
    }
  },
};
