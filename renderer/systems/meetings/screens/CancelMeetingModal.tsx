import { useState } from 'react';
import { Checkbox, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { VOID_BY_DEFAULT } from '../../../../shared/systems/meetings/cancellation';
import type { Meeting } from '../../../../shared/systems/meetings/meeting';
import { meetingCancellationRepo } from '../data/meetingCancellationRepo';
import { ReasonModal } from '../../../core/ui/ReasonModal';

/**
 * 取消会议: the reason, and which of the documents already issued are voided with it (the plan and
 * notice that went out to the units are ticked; the leader's 呈批单 is kept unless staff tick it).
 */
export function CancelMeetingModal({ meeting, onClose }: { meeting: Meeting; onClose: (cancelled: boolean) => void }) {
  const { t } = useTranslation();
  const voidable = useLiveQuery(() => meetingCancellationRepo.voidable(meeting.id), [meeting.id]);
  const defaults = VOID_BY_DEFAULT.map((role) => meeting.documents[role]).filter((id): id is string => !!id);
  const [chosen, setChosen] = useState<string[]>(defaults);
  const documents =
    voidable && voidable.length > 0 ? (
      <Checkbox.Group
        label={t('meetings.cancel.voidLabel')}
        description={t('meetings.cancel.voidHint')}
        value={chosen}
        onChange={setChosen}
      >
        <Stack gap={6} mt={6}>
          {voidable.map((d) => (
            <Checkbox
              key={d.id}
              value={d.id}
              label={t('meetings.cancel.document', {
                kind: t(`documents.kinds.${d.kind}`),
                number: d.number,
                title: d.title,
              })}
            />
          ))}
        </Stack>
      </Checkbox.Group>
    ) : (
      <Text size="sm" c="dimmed">
        {t('meetings.cancel.noDocuments')}
      </Text>
    );
  return (
    <ReasonModal
      title={t('meetings.cancel.title')}
      intro={t('meetings.cancel.intro')}
      reasonLabel={t('meetings.cancel.reason')}
      cancelLabel={t('common.close')}
      confirmLabel={t('meetings.cancel.confirm')}
      color="red"
      size="lg"
      fieldsAfter={documents}
      onConfirm={async (reason) => {
        const ids = (voidable ?? []).map((d) => d.id).filter((id) => chosen.includes(id));
        await meetingCancellationRepo.cancel(meeting.id, { reason, voidDocumentIds: ids });
        onClose(true);
      }}
      onClose={() => onClose(false)}
    />
  );
}
