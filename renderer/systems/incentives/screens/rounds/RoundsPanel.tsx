import { useState } from 'react';
import { Anchor, Badge, Button, Group, NumberInput, Stack, Table } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { RecordTable } from '../../../../core/ui/RecordTable';
import { navigate } from '../../../../core/shell/routes';
import { claimsRepo } from '../../data/claimsRepo';
import { roundsRepo } from '../../data/roundsRepo';
import { ROUND_STATUS_COLORS } from '../common/statusColors';
import { placeSub } from '../incentivesRoute';
import { RoundFormModal } from './RoundFormModal';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** A year's rounds (评定): the annual one and any special ones, the latest first. */
export function RoundsPanel() {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const [creating, setCreating] = useState(false);
  const rounds = useLiveQuery(() => roundsRepo.listYear(year), [year]);
  const claims = useLiveQuery(() => claimsRepo.listYear(year), [year]);
  const count = (roundId: string) => claims?.filter((c) => c.roundId === roundId).length ?? 0;
  return (
    <Stack>
      <Group justify="space-between">
        <NumberInput
          aria-label={t('incentives.round.year')}
          value={year}
          onChange={(v) => typeof v === 'number' && setYear(v)}
          min={2021}
          max={2100}
          w={130}
          suffix={t('incentives.round.yearSuffix')}
        />
        <Button onClick={() => setCreating(true)}>{t('incentives.round.new')}</Button>
      </Group>
      <RecordTable
        label={t('incentives.round.table')}
        columns={[
          t('incentives.fields.title'),
          t('incentives.round.kind'),
          t('incentives.round.window'),
          t('incentives.round.claims'),
          t('common.status'),
        ]}
        isEmpty={!!rounds && rounds.length === 0}
        hover
      >
        {rounds?.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>
              <Anchor
                component="button"
                type="button"
                size="sm"
                ta="left"
                onClick={() => navigate('incentives', placeSub({ page: 'round', id: r.id }))}
              >
                {r.title}
              </Anchor>
            </Table.Td>
            <Table.Td style={nowrap}>{t(`incentives.round.kinds.${r.kind}`)}</Table.Td>
            <Table.Td style={nowrap}>{t('incentives.round.windowText', { from: r.opensOn, to: r.closesOn })}</Table.Td>
            <Table.Td>{count(r.id)}</Table.Td>
            <Table.Td style={nowrap}>
              <Badge color={ROUND_STATUS_COLORS[r.status]}>{t(`incentives.round.status.${r.status}`)}</Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </RecordTable>
      {creating && (
        <RoundFormModal
          round={null}
          year={year}
          onClose={() => setCreating(false)}
          onSaved={(id) => navigate('incentives', placeSub({ page: 'round', id }))}
        />
      )}
    </Stack>
  );
}
