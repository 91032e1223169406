import type { TFunction } from 'i18next';
import type { LineFacts } from '../../../../../shared/systems/incentives/lines';

/** One line item in the interface language: who, what, where and when. */
export function lineLabel(t: TFunction, facts: LineFacts): string {
  switch (facts.rule) {
    case 1:
    case 2:
      return t(`incentives.line.person${facts.rule}`, {
        name: facts.name,
        qualification: t(`incentives.qualification.${facts.qualification}`),
        employer: facts.employer,
        on: facts.on,
        fullTime: t(facts.isFullTime ? 'incentives.line.fullTime' : 'incentives.line.partTime'),
      });
    case 3:
      return t('incentives.line.event', {
        on: facts.on,
        meeting: facts.meeting,
        level: t(`incentives.level.${facts.level}`),
        form: t(`incentives.eventForm.${facts.form}`),
      });
    case 4:
      return t('incentives.line.article', {
        title: facts.title,
        outlet: facts.outlet,
        level: t(`incentives.level.${facts.level}`),
        on: facts.on,
      });
    case 5:
      return t('incentives.line.result', {
        kind: t(`incentives.resultKind.${facts.kind}`),
        description: facts.description,
        figures: facts.figures,
      }).trim();
  }
}

/** Points as written: 1.5 分 / 1.5 pts. */
export function pointsText(t: TFunction, text: string): string {
  return t('incentives.points', { points: text });
}
