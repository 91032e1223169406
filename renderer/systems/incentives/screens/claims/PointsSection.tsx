import { useState } from 'react';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { BonusClaim } from '../../../../../shared/systems/incentives/claim';
import { formatTenths } from '../../../../../shared/systems/incentives/points';
import { RecordTable } from '../../../../core/ui/RecordTable';
import { claimPointsRepo } from '../../data/ledgerRepo';
import { Section } from '../common/Section';
import { LedgerTable } from './LedgerTable';
import { OpinionModal } from './OpinionModal';

/**
 * 初步意见 and the points, each explaining itself per rule: claimed, accepted, what the unit's year
 * already holds from other rounds, what this application adds, and the cap that bit.
 */
export function PointsSection({ claim, isEditable }: { claim: BonusClaim; isEditable: boolean }) {
  const { t } = useTranslation();
  const points = useLiveQuery(() => claimPointsRepo.explain(claim.id), [claim]);
  const [writing, setWriting] = useState(false);
  const e = points?.explanation;
  return (
    <Section title={t('incentives.review.opinionTitle')}>
      <Group>
        <Text size="sm">{claim.opinion || t('incentives.review.pending')}</Text>
        {claim.opinion && (
          <Badge variant="light" color={claim.isCommended ? 'green' : 'gray'}>
            {t(claim.isCommended ? 'incentives.review.commended' : 'incentives.review.notCommended')}
          </Badge>
        )}
        {isEditable && (
          <Button size="xs" variant="light" onClick={() => setWriting(true)}>
            {t('incentives.review.writeOpinion')}
          </Button>
        )}
      </Group>
      {e && claim.status === 'revoked' && (
        <Text size="sm" c="dimmed">
          {t('incentives.explain.revoked')}
        </Text>
      )}
      {e && claim.status !== 'revoked' && (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('incentives.explain.title')}
          </Text>
          <RecordTable
            label={t('incentives.explain.title')}
            columns={['rule', 'claimed', 'accepted', 'before', 'adds', 'cap'].map((c) =>
              t(`incentives.explain.${c as 'rule'}`),
            )}
            isEmpty={false}
          >
            {e.rules.map((r) => (
              <Table.Tr key={r.rule}>
                <Table.Td>{t(`incentives.rule.${r.rule}`)}</Table.Td>
                <Table.Td>{r.claimedCount}</Table.Td>
                <Table.Td>{r.acceptedCount}</Table.Td>
                <Table.Td>{formatTenths(r.beforeTenths)}</Table.Td>
                <Table.Td fw={600}>{formatTenths(r.tenths)}</Table.Td>
                <Table.Td>
                  {formatTenths(r.capTenths)}
                  {r.capBit && (
                    <Badge ml={6} size="sm" color="orange" variant="light">
                      {t(`incentives.explain.capBit.${r.capBit}`)}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </RecordTable>
          <Text size="sm" fw={600} data-testid="claim-points-total">
            {t('incentives.explain.total', { adds: formatTenths(e.total), after: formatTenths(e.yearTotalAfter) })}
          </Text>
        </Stack>
      )}
      {points && points.entries.length > 0 && <LedgerTable entries={points.entries} />}
      {writing && <OpinionModal claim={claim} onClose={() => setWriting(false)} />}
    </Section>
  );
}
