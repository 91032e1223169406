import { useState } from 'react';
import { Alert, Button, Group, Stack, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../shared/core/common/localDate';
import { hasReached } from '../../../../shared/systems/meetings/status';
import { meetingsRepo } from '../data/meetingsRepo';
import { RecordTable } from '../../../core/ui/RecordTable';
import { UnitsMultiSelect } from './UnitsMultiSelect';
import { useMeetingAction } from './useMeetingAction';
import { type MeetingData, useMeetingUnits } from './useMeetingData';
import { DateField } from '../../../core/ui/dates/DateField';

/** 会后通报 (S1-4.2): to which member units the meeting's decisions went, when and how. */
export function CirculationPanel({ data }: { data: MeetingData }) {
  const { t } = useTranslation();
  const { run, busy } = useMeetingAction();
  const units = useMeetingUnits();
  const meeting = data.meeting!;
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [on, setOn] = useState(localDate(new Date()));
  const [means, setMeans] = useState(t('meetings.circulation.defaultMeans'));
  const canRecord = hasReached(meeting.status, 'held') && meeting.status !== 'archived';
  const members = units.filter((u) => u.kind === 'member').map((u) => u.id);
  const circulated = new Set(meeting.circulations.flatMap((c) => c.unitIds));
  const notYet = units.filter((u) => u.kind === 'member' && !circulated.has(u.id));

  const record = () =>
    run(
      () => meetingsRepo.recordCirculation(meeting.id, { on, unitIds, means }),
      t('meetings.circulation.recorded'),
    ).then((r) => r && setUnitIds([]));

  return (
    <Stack>
      {!hasReached(meeting.status, 'held') && <Alert color="gray">{t('meetings.circulation.notYet')}</Alert>}
      {canRecord && (
        <Stack gap="xs">
          <Group align="flex-end">
            <UnitsMultiSelect
              withVillages
              label={t('meetings.fields.circulatedTo')}
              value={unitIds}
              onChange={setUnitIds}
              style={{ flex: 1 }}
            />
            <Button variant="light" onClick={() => setUnitIds(members)}>
              {t('meetings.circulation.allMembers')}
            </Button>
          </Group>
          <Group align="flex-end">
            <DateField label={t('meetings.fields.circulatedOn')} value={on} onChange={(v) => setOn(v)} w={170} />
            <TextInput
              label={t('meetings.fields.means')}
              value={means}
              onChange={(e) => setMeans(e.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button loading={busy} disabled={unitIds.length === 0} onClick={() => void record()}>
              {t('meetings.circulation.record')}
            </Button>
          </Group>
        </Stack>
      )}
      {meeting.circulations.length > 0 && notYet.length > 0 && (
        <Alert color="yellow">
          {t('meetings.circulation.notYetMembers', {
            n: notYet.length,
            names: notYet
              .slice(0, 8)
              .map((u) => u.name)
              .join('、'),
          })}
        </Alert>
      )}
      <RecordTable
        label={t('meetings.circulation.label')}
        columns={[
          t('meetings.fields.circulatedOn'),
          t('meetings.fields.circulatedTo'),
          t('meetings.fields.means'),
          t('meetings.circulation.by'),
        ]}
        isEmpty={meeting.circulations.length === 0}
      >
        {meeting.circulations.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.on}</Table.Td>
            <Table.Td>{c.unitNames.join('、')}</Table.Td>
            <Table.Td>{c.means}</Table.Td>
            <Table.Td>{c.recordedBy}</Table.Td>
          </Table.Tr>
        ))}
      </RecordTable>
    </Stack>
  );
}
