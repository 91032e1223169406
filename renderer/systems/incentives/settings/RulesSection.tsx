import { useState } from 'react';
import { NumberInput, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatTenths } from '../../../../shared/systems/incentives/points';
import { type BonusRule, type CountKey, RULE_IDS } from '../../../../shared/systems/incentives/rules';
import type { TFunction } from 'i18next';
import { RecordTable } from '../../../core/ui/RecordTable';
import { ruleSetsRepo } from '../data/ruleSetsRepo';

/** A rule's scale read from its data, so a later year's own set shows as it is. */
function scaleText(t: TFunction, rule: BonusRule): string {
  const s = rule.scoring;
  if (s.kind === 'tiered')
    return t('incentives.settings.tiered', {
      first: s.firstCount,
      firstPoints: formatTenths(s.firstTenths),
      each: formatTenths(s.eachBeyondTenths),
    });
  return (Object.entries(s.tenthsPer) as [CountKey, number][])
    .filter(([, tenths]) => tenths > 0)
    .map(([key, tenths]) =>
      t('incentives.settings.each', { what: t(`incentives.counts.${key}`), points: formatTenths(tenths) }),
    )
    .join(t('incentives.joiner'));
}

/** The bonus rules in force for a year, as data: the seed's 2021 set unless a later year has its own. */
export function RulesSection() {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const set = useLiveQuery(() => ruleSetsRepo.forYear(year), [year]);
  return (
    <Stack gap="xs">
      <NumberInput
        label={t('incentives.fields.year')}
        value={year}
        onChange={(v) => typeof v === 'number' && setYear(v)}
        min={2021}
        max={2100}
        w={120}
      />
      {set && (
        <>
          <Text size="sm">{t('incentives.settings.intro', { year, cap: formatTenths(set.yearCapTenths) })}</Text>
          <RecordTable
            label={t('incentives.settings.title')}
            columns={[t('incentives.settings.rule'), t('incentives.settings.scale'), t('incentives.settings.cap')]}
            isEmpty={false}
          >
            {RULE_IDS.map((id) => (
              <Table.Tr key={id}>
                <Table.Td>{t(`incentives.rule.${id}`)}</Table.Td>
                <Table.Td>{scaleText(t, set.rules[id])}</Table.Td>
                <Table.Td>{formatTenths(set.rules[id].capTenths)}</Table.Td>
              </Table.Tr>
            ))}
          </RecordTable>
        </>
      )}
    </Stack>
  );
}
