import { useState } from 'react';
import { Anchor, Badge, Button, Group, Table } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { BonusRound } from '../../../../../shared/systems/incentives/round';
import { isCounting } from '../../../../../shared/systems/incentives/review';
import { navigate } from '../../../../core/shell/routes';
import { RecordTable } from '../../../../core/ui/RecordTable';
import { claimsRepo } from '../../data/claimsRepo';
import { ClaimFormModal } from '../claims/ClaimFormModal';
import { useUnits } from '../common/hooks';
import { Section } from '../common/Section';
import { CLAIM_STATUS_COLORS } from '../common/statusColors';
import { placeSub } from '../incentivesRoute';
import { ImportClaimsButton } from './ImportClaimsButton';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** The round's applications (S3-3.1) and how far each is reviewed (S3-3.2). */
export function ClaimsSection({ round }: { round: BonusRound }) {
  const { t } = useTranslation();
  const units = useUnits();
  const [creating, setCreating] = useState(false);
  const claims = useLiveQuery(() => claimsRepo.listRound(round.id), [round.id]);
  const isOpen = round.status === 'open';
  return (
    <Section
      title={t('incentives.steps.claims')}
      actions={
        isOpen && (
          <Group gap="xs">
            <ImportClaimsButton round={round} />
            <Button onClick={() => setCreating(true)}>{t('incentives.claim.new')}</Button>
          </Group>
        )
      }
    >
      <RecordTable
        label={t('incentives.claim.table')}
        columns={[
          t('incentives.claim.unit'),
          t('incentives.claim.receivedOn'),
          t('incentives.claim.lines'),
          t('incentives.review.opinion'),
          t('common.status'),
        ]}
        isEmpty={!!claims && claims.length === 0}
        hover
      >
        {claims?.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>
              <Anchor
                component="button"
                type="button"
                size="sm"
                ta="left"
                onClick={() => navigate('incentives', placeSub({ page: 'claim', id: c.id }))}
              >
                {units.name(c.unitId)}
              </Anchor>
            </Table.Td>
            <Table.Td style={nowrap}>{c.receivedOn}</Table.Td>
            <Table.Td style={nowrap}>
              {t('incentives.claim.accepted', {
                accepted: c.lines.filter(isCounting).length,
                reviewed: c.lines.filter((l) => l.review).length,
                count: c.lines.length,
              })}
            </Table.Td>
            <Table.Td>{c.opinion}</Table.Td>
            <Table.Td style={nowrap}>
              <Badge color={CLAIM_STATUS_COLORS[c.status]}>{t(`incentives.claim.status.${c.status}`)}</Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </RecordTable>
      {creating && (
        <ClaimFormModal
          round={round}
          claim={null}
          onClose={() => setCreating(false)}
          onSaved={(id) => navigate('incentives', placeSub({ page: 'claim', id }))}
        />
      )}
    </Section>
  );
}
