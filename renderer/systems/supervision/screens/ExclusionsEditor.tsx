import { useState } from 'react';
import { ActionIcon, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DrawCandidate, DrawExclusion } from '../../../../shared/systems/supervision/randomDraw';

/** 回避: units left out of the draw for a conflict of interest, each with its reason. */
export function ExclusionsEditor({
  candidates,
  value,
  onChange,
}: {
  candidates: DrawCandidate[];
  value: DrawExclusion[];
  onChange: (next: DrawExclusion[]) => void;
}) {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const name = (id: string) => candidates.find((c) => c.unitId === id)?.name ?? id;
  const add = () => {
    if (!unitId || !reason.trim()) return;
    onChange([...value.filter((e) => e.unitId !== unitId), { unitId, reason: reason.trim() }]);
    setUnitId(null);
    setReason('');
  };
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('supervision.draw.exclusions')}
      </Text>
      {value.length > 0 && (
        <Table aria-label={t('supervision.draw.exclusions')}>
          <Table.Tbody>
            {value.map((e) => (
              <Table.Tr key={e.unitId}>
                <Table.Td>{name(e.unitId)}</Table.Td>
                <Table.Td>{e.reason}</Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('supervision.draw.removeExclusion', { name: name(e.unitId) })}
                    onClick={() => onChange(value.filter((x) => x.unitId !== e.unitId))}
                  >
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end">
        <Select
          label={t('supervision.draw.excludeUnit')}
          searchable
          limit={200}
          value={unitId}
          onChange={setUnitId}
          data={candidates
            .filter((c) => !value.some((e) => e.unitId === c.unitId))
            .map((c) => ({ value: c.unitId, label: c.name }))}
          w={220}
        />
        <TextInput
          label={t('supervision.draw.excludeReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          w={320}
        />
        <Button variant="default" disabled={!unitId || !reason.trim()} onClick={add}>
          {t('supervision.draw.exclude')}
        </Button>
      </Group>
    </Stack>
  );
}
