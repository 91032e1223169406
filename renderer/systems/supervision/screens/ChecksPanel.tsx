import { useState } from 'react';
import { Anchor, Badge, Button, Group, NumberInput, Stack, Table } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { checksRepo } from '../data/checksRepo';
import { RecordTable } from '../../../core/ui/RecordTable';
import { navigate } from '../../../core/shell/routes';
import { CheckFormModal } from './CheckFormModal';
import { CHECK_STATUS_COLORS } from './checkStatusColors';
import { placeSub } from './supervisionRoute';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** A year's checks (督查抽查), latest first, and defining a new one. */
export function ChecksPanel() {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const [creating, setCreating] = useState(false);
  const checks = useLiveQuery(() => checksRepo.listYear(year), [year]);
  return (
    <Stack>
      <Group justify="space-between">
        <NumberInput
          aria-label={t('supervision.checks.year')}
          value={year}
          onChange={(v) => typeof v === 'number' && setYear(v)}
          min={2000}
          max={2100}
          w={120}
          suffix={t('supervision.checks.yearSuffix')}
        />
        <Button onClick={() => setCreating(true)}>{t('supervision.checks.new')}</Button>
      </Group>
      <RecordTable
        label={t('supervision.checks.table')}
        columns={[
          t('supervision.fields.title'),
          t('supervision.fields.method'),
          t('supervision.fields.category'),
          t('supervision.fields.period'),
          t('common.status'),
        ]}
        isEmpty={!!checks && checks.length === 0}
        hover
      >
        {checks?.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>
              <Anchor
                component="button"
                type="button"
                size="sm"
                ta="left"
                c="blue.8"
                onClick={() => navigate('supervision', placeSub({ page: 'check', id: c.id }))}
              >
                {c.title}
              </Anchor>
            </Table.Td>
            <Table.Td style={nowrap}>{t(`supervision.method.${c.method}`)}</Table.Td>
            <Table.Td>{t(`supervision.category.${c.category}`)}</Table.Td>
            <Table.Td style={nowrap}>{t('supervision.checks.periodText', { from: c.startOn, to: c.endOn })}</Table.Td>
            <Table.Td style={nowrap}>
              <Badge color={CHECK_STATUS_COLORS[c.status]}>{t(`supervision.checkStatus.${c.status}`)}</Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </RecordTable>
      {creating && (
        <CheckFormModal
          check={null}
          onClose={() => setCreating(false)}
          onSaved={(id) => navigate('supervision', placeSub({ page: 'check', id }))}
        />
      )}
    </Stack>
  );
}
