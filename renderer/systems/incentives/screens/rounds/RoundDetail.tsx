import { useState } from 'react';
import { Anchor, Badge, Button, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { DocumentOutputModals } from '../../../../core/documents/output/DocumentOutputModals';
import { navigate } from '../../../../core/shell/routes';
import { roundsRepo } from '../../data/roundsRepo';
import { Fact, Section } from '../common/Section';
import { ROUND_STATUS_COLORS } from '../common/statusColors';
import { useOutput } from '../common/useOutput';
import { placeSub } from '../incentivesRoute';
import { ApprovalSection } from './ApprovalSection';
import { ClaimsSection } from './ClaimsSection';
import { CommendationSection } from './CommendationSection';
import { RoundFormModal } from './RoundFormModal';

/** One round (评定) through the seed's flow: applications → review → the leader's sign-off → commendation. */
export function RoundDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const round = useLiveQuery(() => roundsRepo.get(id), [id]);
  const out = useOutput();
  const [editing, setEditing] = useState(false);
  if (!round) return null;
  return (
    <Stack>
      <Anchor
        component="button"
        type="button"
        size="sm"
        w="fit-content"
        onClick={() => navigate('incentives', placeSub({ page: 'rounds' }))}
      >
        {t('incentives.round.back')}
      </Anchor>
      <Group justify="space-between">
        <Title order={3}>{round.title}</Title>
        <Badge size="lg" color={ROUND_STATUS_COLORS[round.status]}>
          {t(`incentives.round.status.${round.status}`)}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Fact label={t('incentives.fields.year')}>{round.year}</Fact>
        <Fact label={t('incentives.round.kind')}>{t(`incentives.round.kinds.${round.kind}`)}</Fact>
        <Fact label={t('incentives.round.window')}>
          {t('incentives.round.windowText', { from: round.opensOn, to: round.closesOn })}
        </Fact>
        {round.subject && <Fact label={t('incentives.fields.subject')}>{round.subject}</Fact>}
      </SimpleGrid>
      {round.status === 'open' && (
        <Button variant="default" w="fit-content" onClick={() => setEditing(true)}>
          {t('common.edit')}
        </Button>
      )}
      <ClaimsSection round={round} />
      <Section title={t('incentives.steps.approval')}>
        <ApprovalSection round={round} out={out} />
      </Section>
      <Section title={t('incentives.steps.commend')}>
        <CommendationSection round={round} out={out} />
      </Section>
      <DocumentOutputModals output={out.output} />
      {editing && <RoundFormModal round={round} year={round.year} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
