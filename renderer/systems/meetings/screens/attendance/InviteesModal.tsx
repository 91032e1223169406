import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { ClosingMultiSelect } from '../../../../core/ui/ClosingMultiSelect';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { AttendanceRow } from '../../../../../shared/systems/meetings/attendance';
import { INVITEE_TITLES } from '../../../../../shared/systems/meetings/attendance';
import { meetingAttendanceRepo } from '../../data/meetingAttendanceRepo';
import { peopleRepo } from '../../../registry';
import { useMeetingAction } from '../useMeetingAction';

/** 特邀: the deputies, members and experts of the registry this meeting invites to sit in (S1-2.3). */
export function InviteesModal({
  meetingId,
  invited,
  onClose,
}: {
  meetingId: string;
  invited: AttendanceRow[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { run, busy } = useMeetingAction();
  const people = useLiveQuery(() => peopleRepo.listPage({ role: 'invitee', limit: 1000 }), []);
  const [chosen, setChosen] = useState<string[]>([]);
  const taken = new Set(invited.map((r) => r.personId));
  const data = (['deputy', 'member', 'expert'] as const).map((kind) => ({
    group: t(`people.inviteeKinds.${kind}`),
    items: (people?.rows ?? [])
      .filter((p) => p.inviteeKind === kind && !taken.has(p.id))
      .map((p) => ({ value: p.id, label: `${p.name}（${INVITEE_TITLES[kind]}）` })),
  }));

  return (
    <Modal opened onClose={onClose} title={t('meetings.attendance.addInvitees')} size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          {t('meetings.attendance.inviteesHint')}
        </Text>
        <ClosingMultiSelect
          label={t('meetings.fields.invitees')}
          searchable
          data={data.filter((g) => g.items.length > 0)}
          value={chosen}
          onChange={setChosen}
          nothingFoundMessage={t('common.empty')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={busy}
            disabled={chosen.length === 0}
            onClick={() =>
              void run(
                () => meetingAttendanceRepo.inviteInvitees(meetingId, chosen),
                t('meetings.attendance.invited'),
              ).then((n) => n !== undefined && onClose())
            }
          >
            {t('meetings.attendance.invite')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
