import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { draftScope, type MeetingDocumentRole } from '../../../../../shared/systems/meetings/documents/drafts';
import type { MeetingRecord } from '../../../../../shared/systems/meetings/documents/record';
import { documentsRepo } from '../../../../core/data/documentsRepo';
import { meetingDocumentsRepo } from '../../data/meetingDocumentsRepo';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { useActionError } from '../../../../core/ui/useActionError';
import { type AnyDraft, draftFor, issueDraft, seriesFor } from './draftRoles';
import { DraftFields } from './DraftFields';

/**
 * A meeting document drafted from the record, editable before issue. It says what 密级 the
 * document takes and which classified topics a version leaves out; issuing numbers it.
 */
export function DraftModal({
  role,
  meetingId,
  withoutClassified = false,
  onClose,
  onIssued,
}: {
  role: MeetingDocumentRole;
  meetingId: string;
  /** The second 纪要, for wider distribution: classified topics left out, fixed. */ withoutClassified?: boolean;
  onClose: () => void;
  /** After the issue (else onClose): the next-step bar goes on to the next document. */
  onIssued?: () => void;
}) {
  const { t } = useTranslation();
  const [record, setRecord] = useState<MeetingRecord | null>(null);
  const [draft, setDraft] = useState<AnyDraft | null>(null);
  const { error, run } = useActionError();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void run(async () => {
      const r = await meetingDocumentsRepo.record(meetingId);
      setRecord(r);
      setDraft(draftFor(role, r, withoutClassified || undefined));
    });
    // Drafted once when opened; the user's edits are not overwritten by later changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [meetingId, role]);

  const series = draft ? seriesFor(role, draft) : null;
  const next = useLiveQuery(
    () => (series?.prefix ? documentsRepo.peekNext(series) : Promise.resolve(null)),
    [series?.prefix, series?.style],
  );
  const scope = record && draft ? draftScope(record, draft.leaveClassifiedOut) : null;

  const issue = async () => {
    if (!draft) return;
    setBusy(true);
    await run(async () => {
      const issued = await issueDraft(role, meetingId, draft);
      notifications.show({
        color: 'green',
        message: t('meetings.documents.issued', { kind: t(`documents.kinds.${role}`), number: issued.number }),
      });
      (onIssued ?? onClose)();
    });
    setBusy(false);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        withoutClassified
          ? t('meetings.documents.draftOpenTitle')
          : t('meetings.documents.draftTitle', { kind: t(`documents.kinds.${role}`) })
      }
      size="xl"
    >
      {!draft || !record || !scope ? (
        error ? (
          <ErrorAlert error={error} />
        ) : (
          <Loader />
        )
      ) : (
        <Stack>
          <ErrorAlert error={error} />
          <Alert color={scope.secrecy === 'secret' || scope.secrecy === 'confidential' ? 'red' : 'blue'} p="xs">
            <Text size="sm" data-testid="draft-secrecy">
              {t('meetings.documents.secrecyNote', { level: t(`documents.secrecy.${scope.secrecy}`) })}
            </Text>
            {scope.leftOut.length > 0 && (
              <Text size="sm" data-testid="draft-left-out">
                {t('meetings.documents.leftOut', { titles: scope.leftOut.map((x) => x.title).join('、') })}
              </Text>
            )}
          </Alert>
          <Checkbox
            label={t('meetings.documents.leaveClassifiedOut')}
            description={t('meetings.documents.leaveClassifiedOutHint')}
            checked={draft.leaveClassifiedOut}
            disabled={withoutClassified}
            onChange={(e) => {
              const redrafted = draftFor(role, record, e.currentTarget.checked);
              setDraft({
                ...draft,
                title: redrafted.title,
                body: redrafted.body,
                leaveClassifiedOut: redrafted.leaveClassifiedOut,
              });
            }}
          />
          <DraftFields role={role} draft={draft} onChange={setDraft} secrecy={scope.secrecy} office={record.office} />
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {next ? t('meetings.documents.nextNumber', { number: next.number }) : ''}
            </Text>
            <Group>
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button loading={busy} onClick={() => void issue()}>
                {t('meetings.documents.issue')}
              </Button>
            </Group>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
