import { useState } from 'react';
import { Anchor, Drawer, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import {
  CONTENT_ITEMS,
  FIVE_GRADE_SCALE,
  distribution,
  periodText,
  satisfiedRateTenths,
  scoreTenths,
  tenthsText,
} from '../../../../../shared/systems/evaluation';
import { resultsRepo } from '../../data/resultsRepo';
import { RecordDetailModal } from '../channels/RecordDetailModal';
import type { Names } from '../useNames';
import type { CellRef } from './MatrixTable';

/** The content ids a number stands for: an item with its sub-items, or everything the unit was rated on. */
export function contentIdsOf(contentId: string | null, names: Names): string[] {
  const items = contentId ? [contentId] : [...CONTENT_ITEMS];
  return [...items, ...names.subItems.filter((s) => items.includes(s.parent)).map((s) => s.id)];
}

/** What stands behind one number: its figures, then every record and return it counts. */
export function SourcesDrawer({ cell, names, onClose }: { cell: CellRef; names: Names; onClose: () => void }) {
  const { t } = useTranslation();
  const [recordId, setRecordId] = useState<string | null>(null);
  const ids = contentIdsOf(cell.contentId, names);
  const sources = useLiveQuery(
    () => resultsRepo.sources(cell.unitId, ids, cell.period),
    [cell.unitId, ids.join(), cell.period],
  );
  const dist = distribution(cell.tally, FIVE_GRADE_SCALE);
  const about = cell.contentId ? names.contentName(cell.contentId) : t('evaluation.results.overall');
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="xl"
      title={`${names.unitName(cell.unitId)} · ${about} · ${periodText(cell.period)}`}
    >
      <Stack>
        <Text>
          {t('evaluation.results.cellTitle', {
            n: cell.tally.n,
            rate: tenthsText(satisfiedRateTenths(cell.tally)),
            dissatisfied: cell.tally.dissatisfied,
          })}{' '}
          ·{' '}
          {t('evaluation.results.score', {
            score: tenthsText(scoreTenths(cell.tally)),
            points: cell.tally.points,
            n: cell.tally.n,
          })}
        </Text>
        <Text size="sm">
          {FIVE_GRADE_SCALE.grades
            .map((g, i) => `${t(`evaluation.grades.${i as 0}`) || g.label} ${dist[i]}`)
            .join(' · ')}
        </Text>
        <Title order={5}>{t('evaluation.results.records', { count: sources?.records.length ?? 0 })}</Title>
        <Table>
          <Table.Tbody>
            {sources?.records.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.on}</Table.Td>
                <Table.Td>{t(`evaluation.channels.${r.channel}`)}</Table.Td>
                <Table.Td>{names.personName(r.talentId)}</Table.Td>
                <Table.Td>
                  <Anchor component="button" type="button" size="sm" onClick={() => setRecordId(r.id)}>
                    {r.ratings
                      .filter((x) => x.unitId === cell.unitId)
                      .map((x) => x.opinion)
                      .filter(Boolean)
                      .join('；') ||
                      r.summary ||
                      t('evaluation.results.open')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Title order={5}>{t('evaluation.results.returns', { count: sources?.returns.length ?? 0 })}</Title>
        <Text size="sm">
          {sources?.returns
            .map((r) => t('evaluation.results.returnRef', { copy: r.copyNumber, version: r.version, on: r.receivedOn }))
            .join('、')}
        </Text>
        {sources?.returns.some((r) => r.opinion) && (
          <Stack gap={2}>
            {sources.returns
              .filter((r) => r.opinion)
              .map((r) => (
                <Text key={r.id} size="sm">
                  {t('evaluation.results.returnOpinion', { copy: r.copyNumber, opinion: r.opinion })}
                </Text>
              ))}
          </Stack>
        )}
      </Stack>
      {recordId && <RecordDetailModal id={recordId} names={names} onClose={() => setRecordId(null)} />}
    </Drawer>
  );
}
