import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  EVALUATED_KINDS,
  evaluatedKindOf,
  satisfiedRateTenths,
  scoreTenths,
  sumTallies,
  tenthsText,
  type ContentId,
  type PeriodKey,
  type Tally,
} from '../../../../../shared/systems/evaluation';
import type { Names } from '../useNames';
import type { Results } from './useResults';

export interface CellRef {
  unitId: string;
  /** The seed's item, or null: all of the unit's content. */
  contentId: ContentId | null;
  period: PeriodKey;
  tally: Tally;
}

/** One number of the matrix: the score, how many rated, and the 不满意 count; it opens what stands behind it. */
function Cell({ tally, onOpen, minScore }: { tally?: Tally; onOpen: () => void; minScore: number }) {
  const { t } = useTranslation();
  if (!tally?.n) return <Text c="dimmed">—</Text>;
  const score = scoreTenths(tally)!;
  return (
    <Anchor
      component="button"
      type="button"
      onClick={onOpen}
      c={score < minScore * 10 ? 'red' : undefined}
      title={t('evaluation.results.cellTitle', {
        n: tally.n,
        rate: tenthsText(satisfiedRateTenths(tally)),
        dissatisfied: tally.dissatisfied,
      })}
    >
      {tenthsText(score)}
      <Text span size="xs" c="dimmed">
        {' '}
        ({tally.n}
        {tally.dissatisfied ? ` · ${t('evaluation.results.dissatisfiedShort', { count: tally.dissatisfied })}` : ''})
      </Text>
    </Anchor>
  );
}

/** Units × the seed's three content items for one period, grouped by the seed's three kinds of unit. */
export function MatrixTable({
  results,
  period,
  names,
  onOpen,
}: {
  results: Results;
  period: PeriodKey;
  names: Names;
  onOpen: (cell: CellRef) => void;
}) {
  const { t } = useTranslation();
  const unitIds = [...results.matrix.keys()].filter((u) => sumTallies(results.matrix, { unitId: u, period }).n > 0);
  const kindOf = (id: string) => {
    const unit = names.units.find((u) => u.id === id);
    return unit ? evaluatedKindOf(unit.kind) : 'memberUnit';
  };
  if (results.rows && unitIds.length === 0) return <Text c="dimmed">{t('evaluation.results.none')}</Text>;
  return (
    <Table withTableBorder striped aria-label={t('evaluation.results.matrix')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('evaluation.ratings.unit')}</Table.Th>
          <Table.Th>{t('evaluation.results.overall')}</Table.Th>
          {results.contents.map((c) => (
            <Table.Th key={c}>{t(`evaluation.content.${c as 'policy'}`)}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {EVALUATED_KINDS.flatMap((kind) => {
          const ids = unitIds
            .filter((u) => kindOf(u) === kind)
            .sort((a, b) => names.unitName(a).localeCompare(names.unitName(b), 'zh-CN'));
          if (ids.length === 0) return [];
          return [
            <Table.Tr key={kind}>
              <Table.Td colSpan={2 + results.contents.length} fw={600} bg="gray.1">
                {t(`evaluation.evaluatedKinds.${kind}`)}
              </Table.Td>
            </Table.Tr>,
            ...ids.map((unitId) => {
              const overall = sumTallies(results.matrix, { unitId, period });
              return (
                <Table.Tr key={unitId}>
                  <Table.Td>{names.unitName(unitId)}</Table.Td>
                  <Table.Td>
                    <Cell
                      minScore={results.thresholds.minScore}
                      tally={overall}
                      onOpen={() => onOpen({ unitId, contentId: null, period, tally: overall })}
                    />
                  </Table.Td>
                  {results.contents.map((c) => {
                    const tally = results.matrix.get(unitId)?.get(c)?.get(period);
                    return (
                      <Table.Td key={c}>
                        <Cell
                          minScore={results.thresholds.minScore}
                          tally={tally}
                          onOpen={() => tally && onOpen({ unitId, contentId: c, period, tally })}
                        />
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            }),
          ];
        })}
      </Table.Tbody>
    </Table>
  );
}
