import { useState } from 'react';
import { Alert, Button, Group, Paper, Stepper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifications } from '@mantine/notifications';
import { hasReached, MEETING_STATUSES, statusRank } from '../../../../shared/systems/meetings/status';
import { CancelledBanner } from './CancelledBanner';
import { CancelMeetingModal } from './CancelMeetingModal';
import type { MeetingTab } from './meetingTab';
import { NextStepActions } from './NextStepActions';
import { RevertModal } from './RevertModal';
import type { MeetingData } from './useMeetingData';

/**
 * The six phases with the current one marked, and under them the next step in words with the
 * buttons that take it. Going back and, before the meeting is held, 取消会议 are offered beside it
 * (each with a reason); a cancelled meeting shows why instead, with 恢复会议.
 */
export function MeetingStepper({ data, onOpenTab }: { data: MeetingData; onOpenTab: (tab: MeetingTab) => void }) {
  const { t } = useTranslation();
  const [reverting, setReverting] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const meeting = data.meeting!;
  const rank = statusRank(meeting.status);
  const returned =
    meeting.status === 'preparing' && meeting.approval && meeting.approval.decision !== 'approved'
      ? meeting.approval
      : null;

  return (
    <Paper withBorder p="md">
      {/* 筹备 is work in progress; every later phase is a milestone reached, so the work under way is the next one. */}
      {/* A cancelled meeting keeps the phases it reached, greyed: no work is under way. */}
      <Stepper
        active={rank === 0 ? 0 : rank + 1}
        color={meeting.cancellation ? 'gray' : undefined}
        size="xs"
        wrap={false}
        allowNextStepsSelect={false}
        aria-label={t('meetings.stepper.label')}
      >
        {MEETING_STATUSES.map((s) => (
          <Stepper.Step key={s} label={t(`meetings.status.${s}`)} description={t(`meetings.stepper.${s}`)} />
        ))}
      </Stepper>
      {returned && (
        <Alert
          mt="md"
          color="orange"
          title={t('meetings.approval.sentBack', {
            decision: t(`common.decision.values.${returned.decision}`),
            by: returned.by,
            on: returned.on,
          })}
        >
          {returned.remark}
        </Alert>
      )}
      {meeting.cancellation ? (
        <div style={{ marginTop: 'var(--mantine-spacing-md)' }}>
          <CancelledBanner data={data} />
        </div>
      ) : (
        <Group mt="md" justify="space-between" align="center">
          <div>
            <Text size="sm" fw={600} data-testid="next-step">
              {t('meetings.stepper.nextLabel')}
              {t(`meetings.next.${meeting.status}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`meetings.nextHint.${meeting.status}`)}
            </Text>
          </div>
          <Group gap="xs" data-testid="next-step-actions">
            <NextStepActions data={data} onOpenTab={onOpenTab} />
            {rank > 0 && (
              <Button variant="subtle" color="gray" onClick={() => setReverting(true)}>
                {t('meetings.revert.open')}
              </Button>
            )}
            {!hasReached(meeting.status, 'held') && (
              <Button variant="subtle" color="red" onClick={() => setCancelling(true)}>
                {t('meetings.cancel.open')}
              </Button>
            )}
          </Group>
        </Group>
      )}
      {reverting && <RevertModal meeting={meeting} onClose={() => setReverting(false)} />}
      {cancelling && (
        <CancelMeetingModal
          meeting={meeting}
          onClose={(cancelled) => {
            setCancelling(false);
            if (cancelled) notifications.show({ color: 'green', message: t('meetings.cancel.done') });
          }}
        />
      )}
    </Paper>
  );
}
