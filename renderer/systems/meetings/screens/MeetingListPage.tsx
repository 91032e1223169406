import { useState } from 'react';
import { Badge, Button, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { DEFAULT_OFFICE_SETTINGS } from '../../../../shared/core/office/office';
import { defaultChair, nextMeetingTitle } from '../../../../shared/systems/meetings/meeting';
import { MEETING_STATUSES, type MeetingStatus } from '../../../../shared/systems/meetings/status';
import { localDate } from '../../../../shared/core/common/localDate';
import { meetingsRepo } from '../data/meetingsRepo';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { RecordTable } from '../../../core/ui/RecordTable';
import { navigate } from '../../../core/shell/routes';
import { MeetingCadenceCard } from '../cards/MeetingCadenceCard';
import { MeetingFormModal } from './MeetingFormModal';
import { MeetingSearch } from './MeetingSearch';
import { StatusBadge } from './StatusBadge';

/** Meetings by year and phase, the cadence, search, and a new meeting (planned or called at any time). */
export function MeetingListPage() {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [status, setStatus] = useState<MeetingStatus | 'cancelled' | null>(null);
  const [creating, setCreating] = useState(false);
  const years = useLiveQuery(() => meetingsRepo.years(), []);
  const meetings = useLiveQuery(() => meetingsRepo.listByYear(year, status ?? undefined), [year, status]);
  const meetingsThisYear = useLiveQuery(() => meetingsRepo.listByYear(thisYear), [thisYear]);
  const office = useLiveQuery(() => settingsRepo.office(), []) ?? DEFAULT_OFFICE_SETTINGS;
  const yearOptions = [...new Set([thisYear, ...(years ?? [])])]
    .sort((a, b) => b - a)
    .map((y) => ({ value: String(y), label: t('meetings.list.year', { year: y }) }));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('meetings.nav')}</Title>
        <Button onClick={() => setCreating(true)}>{t('meetings.list.new')}</Button>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <MeetingCadenceCard />
        <MeetingSearch />
      </SimpleGrid>
      <Group>
        <Select
          aria-label={t('meetings.list.filterYear')}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          data={yearOptions}
          allowDeselect={false}
          w={140}
        />
        <Select
          aria-label={t('meetings.list.filterStatus')}
          placeholder={t('meetings.list.allStatuses')}
          clearable
          value={status}
          onChange={(v) => setStatus(v as MeetingStatus | 'cancelled' | null)}
          data={[
            ...MEETING_STATUSES.map((s) => ({ value: s, label: t(`meetings.status.${s}`) })),
            { value: 'cancelled', label: t('meetings.list.cancelled') },
          ]}
          w={180}
        />
      </Group>
      <RecordTable
        label={t('meetings.list.label')}
        columns={[
          t('meetings.fields.title'),
          t('meetings.fields.plannedOn'),
          t('meetings.fields.place'),
          t('meetings.fields.secrecy'),
          t('common.status'),
          t('meetings.list.nextStep'),
        ]}
        isEmpty={!!meetings && meetings.length === 0}
        hover
      >
        {meetings?.map((m) => (
          <Table.Tr
            key={m.id}
            // Reached by Tab and ↑/↓, opened by Enter like a click.
            tabIndex={0}
            onClick={() => navigate('meetings', m.id)}
            style={{ cursor: 'pointer' }}
          >
            <Table.Td>
              <Group gap={6}>
                <Text size="sm">{m.title}</Text>
                {m.isAdHoc && (
                  <Badge variant="light" color="grape" style={{ flexShrink: 0 }}>
                    {t('meetings.fields.isAdHoc')}
                  </Badge>
                )}
                {m.isSample === 1 && (
                  <Badge variant="light" color="yellow" style={{ flexShrink: 0 }}>
                    {t('meetings.list.sample')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{`${m.heldOn ?? m.plannedOn} ${m.plannedTime}`}</Table.Td>
            <Table.Td>{m.place}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`documents.secrecy.${m.secrecy}`)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <StatusBadge status={m.status} cancelled={!!m.cancellation} />
            </Table.Td>
            <Table.Td>
              {m.cancellation
                ? t('meetings.cancel.reasonText', { reason: m.cancellation.reason })
                : t(`meetings.next.${m.status}`)}
            </Table.Td>
          </Table.Tr>
        ))}
      </RecordTable>
      {creating && (
        <MeetingFormModal
          meeting={null}
          initial={{
            title: nextMeetingTitle(thisYear, meetingsThisYear ?? []),
            plannedOn: localDate(new Date()),
            plannedTime: '09:00',
            place: '',
            chair: defaultChair(office),
            secrecy: 'internal',
            isAdHoc: false,
            toPrepare: '',
          }}
          onClose={(saved) => {
            setCreating(false);
            if (saved) navigate('meetings', saved.id);
          }}
        />
      )}
    </Stack>
  );
}
