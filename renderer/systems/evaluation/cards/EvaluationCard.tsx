import { Card, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../shared/core/common/localDate';
import { navigate } from '../../../core/shell/routes';
import { supervisionService } from '../../supervision';
import { hotlineRepo } from '../data/hotlineRepo';
import { questionnairesRepo } from '../data/questionnairesRepo';

interface Figure {
  id: string;
  value: number | undefined;
  color: string;
  open: () => void;
}

/**
 * System 4 on the Dashboard: hotline and box entries awaiting call-back, rectifications 临期 and
 * 逾期, questionnaires with returns not yet entered. Each number opens the list it counts.
 */
export function EvaluationCard() {
  const { t } = useTranslation();
  const today = localDate(new Date());
  const callbacks = useLiveQuery(() => hotlineRepo.countOpen('answered'), []);
  const rectification = useLiveQuery(() => supervisionService.sourceCounts('evaluation', today), [today]);
  const pending = useLiveQuery(() => questionnairesRepo.countPending(), []);
  const figures: Figure[] = [
    {
      id: 'callbacks',
      value: callbacks,
      color: 'grape.7',
      open: () => navigate('evaluation', 'channels.hotline.answered'),
    },
    {
      id: 'dueSoon',
      value: rectification?.dueSoon,
      color: 'yellow.8',
      open: () => navigate('supervision', supervisionService.sourceListSub('evaluation', 'dueSoon')),
    },
    {
      id: 'overdue',
      value: rectification?.overdue,
      color: 'red.7',
      open: () => navigate('supervision', supervisionService.sourceListSub('evaluation', 'overdue')),
    },
    { id: 'pending', value: pending, color: 'orange.7', open: () => navigate('evaluation', 'questionnaires.pending') },
  ];
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={4}>{t('evaluation.dashboard.title')}</Title>
        <SimpleGrid cols={4}>
          {figures.map((f) => (
            <UnstyledButton key={f.id} onClick={f.open} aria-label={t(`evaluation.dashboard.${f.id as 'callbacks'}`)}>
              <Text size="sm" c="dimmed">
                {t(`evaluation.dashboard.${f.id as 'callbacks'}`)}
              </Text>
              <Text size="xl" fw={700} c={f.value ? f.color : undefined} data-testid={`evaluation-${f.id}`}>
                {f.value ?? '…'}
              </Text>
            </UnstyledButton>
          ))}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
