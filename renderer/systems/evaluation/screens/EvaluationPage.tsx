import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../core/shell/routes';
import { ChannelsPanel } from './channels/ChannelsPanel';
import { RecordPlace } from './channels/RecordPlace';
import { parsePlace, placeSub, type EvaluationPlace } from './evaluationRoute';
import { QuestionnaireDetail } from './questionnaires/QuestionnaireDetail';
import { QuestionnairesPanel } from './questionnaires/QuestionnairesPanel';
import { ReturnEntry } from './questionnaires/ReturnEntry';
import { RemindersPanel } from './reminders/RemindersPanel';
import { ResultsPanel } from './results/ResultsPanel';

type Tab = 'channels' | 'questionnaires' | 'results' | 'reminders';

const tabOf = (place: EvaluationPlace): Tab =>
  place.page === 'questionnaire' || place.page === 'entry'
    ? 'questionnaires'
    : place.page === 'record'
      ? 'channels'
      : place.page;

/** System 4 服务对象评价: the channels, the questionnaires, the results and the reminders. */
export function EvaluationPage({ sub }: { sub: string }) {
  const { t } = useTranslation();
  const place = parsePlace(sub);
  const open = (tab: Tab) =>
    navigate('evaluation', placeSub(tab === 'channels' ? { page: 'channels', channel: 'hotline' } : { page: tab }));
  return (
    <Stack>
      <Title order={2}>{t('evaluation.nav')}</Title>
      <Tabs value={tabOf(place)} onChange={(v) => v && open(v as Tab)}>
        <Tabs.List>
          {(['channels', 'questionnaires', 'results', 'reminders'] as const).map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`evaluation.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {place.page === 'channels' && <ChannelsPanel channel={place.channel} loop={place.loop} />}
      {place.page === 'record' && <RecordPlace id={place.id} />}
      {place.page === 'questionnaires' && <QuestionnairesPanel pending={place.pending} />}
      {place.page === 'questionnaire' && <QuestionnaireDetail id={place.id} />}
      {place.page === 'entry' && <ReturnEntry questionnaireId={place.id} isSecond={place.isSecond} />}
      {place.page === 'results' && <ResultsPanel year={place.year} />}
      {place.page === 'reminders' && <RemindersPanel highlight={place.id} />}
    </Stack>
  );
}
