import { useState } from 'react';
import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApproved } from '../../../../shared/core/common/approval';
import { attendanceCounts } from '../../../../shared/systems/meetings/attendance';
import { heldDateReasonNeeded } from '../../../../shared/systems/meetings/meeting';
import { meetingsRepo } from '../data/meetingsRepo';
import { ErrorAlert } from '../../../core/ui/ErrorAlert';
import { useActionError } from '../../../core/ui/useActionError';
import type { MeetingData } from './useMeetingData';
import { DateField } from '../../../core/ui/dates/DateField';

/** 标记已召开: the day, with what the gate will check shown first (consent, opinions, attendance). */
export function MarkHeldModal({ data, onClose }: { data: MeetingData; onClose: () => void }) {
  const { t } = useTranslation();
  const meeting = data.meeting!;
  const [heldOn, setHeldOn] = useState(meeting.plannedOn);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const moved = !!heldOn && heldOn !== meeting.plannedOn;
  const needsReason = !!heldOn && heldDateReasonNeeded(meeting, heldOn);
  const { error, run } = useActionError();
  const documents = data.topics.flatMap((topic) => topic.documents);
  const counts = attendanceCounts(data.attendance);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (needsReason && !reason.trim()) return setReasonError(t('common.rules.required'));
    await run(async () => {
      await meetingsRepo.markHeld(meeting.id, heldOn, new Date(), moved ? reason : '');
      onClose();
    });
  };

  return (
    <Modal opened onClose={onClose} title={t('meetings.held.title')}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <ErrorAlert error={error} />
          <DateField label={t('meetings.fields.heldOn')} withAsterisk value={heldOn} onChange={(v) => setHeldOn(v)} />
          {moved && (
            <Alert color="orange" p="xs">
              {t(needsReason ? 'meetings.held.movedAfterNotice' : 'meetings.held.moved', {
                plannedOn: meeting.plannedOn,
                heldOn,
              })}
            </Alert>
          )}
          {moved && (
            <Textarea
              label={t('meetings.fields.heldDateReason')}
              withAsterisk={needsReason}
              autosize
              minRows={2}
              maxLength={200}
              value={reason}
              error={reasonError}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setReasonError('');
              }}
            />
          )}
          <Text size="sm" fw={600}>
            {t('meetings.held.checks')}
          </Text>
          <List size="sm">
            <List.Item>
              {t('meetings.held.attendance', { recorded: counts.total - counts.invited, total: counts.total })}
            </List.Item>
            {documents.map((d) => (
              <List.Item key={d.id}>
                {t(isApproved(d.consent) ? 'meetings.held.consentOk' : 'meetings.held.consentMissing', {
                  title: d.title,
                })}
              </List.Item>
            ))}
          </List>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('meetings.held.confirm')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
