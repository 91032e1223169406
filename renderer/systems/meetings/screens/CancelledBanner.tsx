import { useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { daysBetween, localDate } from '../../../../shared/core/common/localDate';
import type { MeetingData } from './useMeetingData';
import { RestoreMeetingModal } from './RestoreMeetingModal';

/** A cancelled meeting: when, by whom and why, what was voided with it, and 恢复会议 while its date has not passed. */
export function CancelledBanner({ data }: { data: MeetingData }) {
  const { t } = useTranslation();
  const [restoring, setRestoring] = useState(false);
  const meeting = data.meeting!;
  const cancellation = meeting.cancellation!;
  const voided = data.documents.filter((d) => cancellation.voidedDocumentIds.includes(d.id));
  const canRestore = daysBetween(localDate(new Date()), meeting.plannedOn) >= 0;

  return (
    <Alert
      color="red"
      variant="light"
      title={t('meetings.cancel.banner', { on: cancellation.on, by: cancellation.by })}
      data-testid="cancelled-banner"
    >
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div>
          <Text size="sm">{t('meetings.cancel.reasonText', { reason: cancellation.reason })}</Text>
          {voided.length > 0 && (
            <Text size="sm">
              {t('meetings.cancel.voided', {
                documents: voided
                  .map((d) =>
                    t('meetings.cancel.document', {
                      kind: t(`documents.kinds.${d.kind}`),
                      number: d.number,
                      title: d.title,
                    }),
                  )
                  .join(t('meetings.cancel.separator')),
              })}
            </Text>
          )}
          {!canRestore && (
            <Text size="xs" c="dimmed">
              {t('meetings.restore.datePassed')}
            </Text>
          )}
        </div>
        {canRestore && (
          <Button variant="default" style={{ flexShrink: 0 }} onClick={() => setRestoring(true)}>
            {t('meetings.restore.open')}
          </Button>
        )}
      </Group>
      {restoring && (
        <RestoreMeetingModal
          meeting={meeting}
          onClose={(restored) => {
            setRestoring(false);
            if (restored) notifications.show({ color: 'green', message: t('meetings.restore.done') });
          }}
        />
      )}
    </Alert>
  );
}
