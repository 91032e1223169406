import { Badge, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { FIVE_GRADE_SCALE } from '../../../../../shared/systems/evaluation';
import { recordsRepo } from '../../data/recordsRepo';
import type { Names } from '../useNames';
import { LOOP_COLORS } from './LoopFilter';
import { LoopActions } from './LoopActions';
import { LoopHistory } from './LoopHistory';

/** One record: what was said, the ratings with the talent's words, and for the hotline its loop. */
export function RecordDetailModal({ id, names, onClose }: { id: string; names: Names; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useLiveQuery(() => recordsRepo.get(id), [id]);
  if (!record) return null;
  return (
    <Modal opened onClose={onClose} size="xl" title={`${t(`evaluation.channels.${record.channel}`)} · ${record.on}`}>
      <Stack>
        <Group gap="xs">
          <Text size="sm">
            {t('evaluation.fields.talentId')}：{names.personName(record.talentId)}
            {record.contact ? `（${record.contact}）` : ''}
          </Text>
          <Text size="sm" c="dimmed">
            {t('evaluation.fields.staffName')}：{record.staffName}
          </Text>
          {record.loop && (
            <Badge color={LOOP_COLORS[record.loop.status]}>{t(`evaluation.loop.statuses.${record.loop.status}`)}</Badge>
          )}
        </Group>
        {record.eventKind && (
          <Text size="sm">
            {t(`evaluation.eventKinds.${record.eventKind}`)}：{record.title}（
            {t('evaluation.record.attendees', { count: record.attendeeCount })}）
          </Text>
        )}
        {record.summary && <Text style={{ whiteSpace: 'pre-wrap' }}>{record.summary}</Text>}
        <Text size="sm">
          {t('evaluation.fields.unitIds')}：{record.unitIds.map(names.unitName).join('、') || '—'} ·{' '}
          {record.contentIds.map(names.contentName).join('、')}
        </Text>
        {record.ratings.length > 0 && (
          <Table withTableBorder>
            <Table.Tbody>
              {record.ratings.map((r, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{names.unitName(r.unitId)}</Table.Td>
                  <Table.Td>{names.contentName(r.contentId)}</Table.Td>
                  <Table.Td>
                    {t(`evaluation.grades.${r.grade as 0}`) || FIVE_GRADE_SCALE.grades[r.grade].label}
                  </Table.Td>
                  <Table.Td>{r.opinion}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {record.loop && (
          <>
            <Title order={5}>{t('evaluation.loop.history')}</Title>
            <LoopHistory loop={record.loop} names={names} />
            <LoopActions record={record} names={names} />
          </>
        )}
      </Stack>
    </Modal>
  );
}
