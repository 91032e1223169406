import { useState } from 'react';
import { Badge, Button, Group, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import {
  FIVE_GRADE_SCALE,
  RECORD_CHANNELS,
  isLoopChannel,
  type EvaluationRecord,
  type LoopStatus,
  type RecordChannel,
} from '../../../../../shared/systems/evaluation';
import { navigate } from '../../../../core/shell/routes';
import { hotlineRepo } from '../../data/hotlineRepo';
import { recordsRepo } from '../../data/recordsRepo';
import { placeSub } from '../evaluationRoute';
import { useNames } from '../useNames';
import { LOOP_COLORS, LoopFilter } from './LoopFilter';
import { RecordDetailModal } from './RecordDetailModal';
import { RecordFormModal } from './RecordFormModal';

const thisYear = new Date().getFullYear();

/** The six channels' records (S4-4.1 … S4-4.4, S4-4.6), one channel at a time, newest first. */
export function ChannelsPanel({ channel, loop }: { channel: RecordChannel; loop?: string }) {
  const { t } = useTranslation();
  const names = useNames();
  const [year, setYear] = useState(thisYear);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  // An open step of the loop lists every entry waiting there, hotline and box, any year: the
  // same index range the Dashboard counts. Otherwise the channel's year.
  const waiting = isLoopChannel(channel) && loop && loop !== 'closed' ? (loop as Exclude<LoopStatus, 'closed'>) : null;
  const all = useLiveQuery(
    () => (waiting ? hotlineRepo.listOpen(waiting) : recordsRepo.listByChannel(channel, year)),
    [channel, year, waiting],
  );
  const rows = (all ?? []).filter((r) => waiting || !loop || (r.loop?.status ?? 'closed') === loop);
  const go = (next: RecordChannel, status?: string) =>
    navigate('evaluation', placeSub({ page: 'channels', channel: next, loop: status }));
  const ratingsText = (r: EvaluationRecord) =>
    r.ratings.map((x) => `${names.unitName(x.unitId)} ${FIVE_GRADE_SCALE.grades[x.grade].label}`).join('；');
  return (
    <Stack>
      <Group justify="space-between">
        <SegmentedControl
          value={channel}
          onChange={(v) => go(v as RecordChannel)}
          data={RECORD_CHANNELS.map((c) => ({ value: c, label: t(`evaluation.channels.${c}`) }))}
        />
        <Group>
          <Select
            w={110}
            aria-label={t('evaluation.fields.year')}
            allowDeselect={false}
            value={String(year)}
            onChange={(v) => v && setYear(Number(v))}
            data={[0, 1, 2].map((d) => String(thisYear - d))}
          />
          <Button onClick={() => setCreating(true)}>{t(`evaluation.record.new.${channel}`)}</Button>
        </Group>
      </Group>
      {isLoopChannel(channel) && <LoopFilter value={loop} onChange={(s) => go(channel, s)} />}
      {rows.length === 0 ? (
        <Text c="dimmed">{all ? t('evaluation.record.none') : t('evaluation.loading')}</Text>
      ) : (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('evaluation.fields.on')}</Table.Th>
              <Table.Th>{t('evaluation.fields.talentId')}</Table.Th>
              <Table.Th>{t(channel === 'event' ? 'evaluation.fields.title' : 'evaluation.fields.summary')}</Table.Th>
              <Table.Th>{t('evaluation.fields.unitIds')}</Table.Th>
              <Table.Th>{t(isLoopChannel(channel) ? 'evaluation.loop.status' : 'evaluation.ratings.title')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id} onClick={() => setOpenId(r.id)} style={{ cursor: 'pointer' }}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.on}</Table.Td>
                <Table.Td>{names.personName(r.talentId)}</Table.Td>
                <Table.Td>{channel === 'event' ? r.title : r.summary}</Table.Td>
                <Table.Td>{r.unitIds.map(names.unitName).join('、')}</Table.Td>
                <Table.Td>
                  {r.loop ? (
                    <Badge variant="light" color={LOOP_COLORS[r.loop.status]}>
                      {t(`evaluation.loop.statuses.${r.loop.status}`)}
                    </Badge>
                  ) : (
                    ratingsText(r)
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating && <RecordFormModal channel={channel} names={names} onClose={() => setCreating(false)} />}
      {openId && <RecordDetailModal id={openId} names={names} onClose={() => setOpenId(null)} />}
    </Stack>
  );
}
