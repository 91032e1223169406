import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { revocationOf } from '../../../../../shared/systems/incentives/change';
import { isClaimEditable } from '../../../../../shared/systems/incentives/claim';
import { DocumentOutputModals } from '../../../../core/documents/output/DocumentOutputModals';
import { navigate } from '../../../../core/shell/routes';
import { claimsRepo } from '../../data/claimsRepo';
import { roundsRepo } from '../../data/roundsRepo';
import { useUnits } from '../common/hooks';
import { Fact, Section } from '../common/Section';
import { CLAIM_STATUS_COLORS } from '../common/statusColors';
import { useOutput } from '../common/useOutput';
import { placeSub } from '../incentivesRoute';
import { ClaimFormModal } from './ClaimFormModal';
import { AfterAwardSection } from './AfterAwardSection';
import { LinesSection } from './LinesSection';
import { PointsSection } from './PointsSection';

/** One application: its facts and declaration, its items under review, its points and what followed. */
export function ClaimDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const units = useUnits();
  const out = useOutput();
  const claim = useLiveQuery(() => claimsRepo.get(id), [id]);
  const round = useLiveQuery(async () => (claim ? roundsRepo.get(claim.roundId) : undefined), [claim?.roundId]);
  const [editing, setEditing] = useState(false);
  if (!claim || !round) return null;
  const isEditable = isClaimEditable(claim) && round.status === 'open';
  const revocation = revocationOf(claim);
  return (
    <Stack>
      <Anchor
        component="button"
        type="button"
        size="sm"
        w="fit-content"
        onClick={() => navigate('incentives', placeSub({ page: 'round', id: round.id }))}
      >
        {t('incentives.claim.back')}
      </Anchor>
      <Group justify="space-between">
        <Title order={3}>{units.name(claim.unitId)}</Title>
        <Badge size="lg" color={CLAIM_STATUS_COLORS[claim.status]}>
          {t(`incentives.claim.status.${claim.status}`)}
        </Badge>
      </Group>
      {revocation?.decision && (
        <Alert color="red" title={t('incentives.claim.status.revoked')}>
          {t('incentives.change.revokedBanner', {
            reason: revocation.reason,
            by: revocation.decision.by,
            on: revocation.decision.on,
            slip: revocation.slip?.number ?? '',
          })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Fact label={t('incentives.fields.roundId')}>{round.title}</Fact>
        <Fact label={t('incentives.claim.receivedOn')}>{claim.receivedOn}</Fact>
        <Fact label={t('incentives.claim.declaration')}>
          {t('incentives.claim.declarationText', { by: claim.declaration.signedBy, on: claim.declaration.signedOn })}
        </Fact>
        <Fact label={t('incentives.claim.kinds')}>
          {claim.kinds.map((k) => t(`incentives.achievement.${k}`)).join(t('incentives.joiner'))}
        </Fact>
        <Fact label={t('incentives.claim.summary')}>{claim.summary}</Fact>
      </SimpleGrid>
      {isEditable ? (
        <Button variant="default" w="fit-content" onClick={() => setEditing(true)}>
          {t('incentives.claim.editHeader')}
        </Button>
      ) : (
        claim.status !== 'received' &&
        claim.status !== 'reviewed' && <Alert color="gray">{t('incentives.claim.frozen')}</Alert>
      )}
      <Section title={t('incentives.claim.lines')}>
        <LinesSection claim={claim} isEditable={isEditable} />
      </Section>
      <PointsSection claim={claim} isEditable={isEditable} />
      {(claim.status === 'awarded' || claim.status === 'revoked') && <AfterAwardSection claim={claim} out={out} />}
      <DocumentOutputModals output={out.output} />
      {editing && <ClaimFormModal round={round} claim={claim} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
