import { useState } from 'react';
import { Anchor, Badge, Button, Group, Menu, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingDocumentRole } from '../../../../../shared/systems/meetings/documents/drafts';
import type { IssuedDocument } from '../../../../../shared/core/documents/register';
import { hasReached } from '../../../../../shared/systems/meetings/status';
import { isClassified } from '../../../../../shared/systems/meetings/topic';
import { meetingDocumentsRepo } from '../../data/meetingDocumentsRepo';
import { DocumentOutputModals } from '../../../../core/documents/output/DocumentOutputModals';
import { useDocumentOutput } from '../../../../core/documents/output/useDocumentOutput';
import { RecordTable } from '../../../../core/ui/RecordTable';
import { localDateTime } from '../../../../core/ui/localDateTime';
import { navigate } from '../../../../core/shell/routes';
import type { MeetingData } from '../useMeetingData';
import { DraftModal } from './DraftModal';

/** Which role may be drafted now (the repository checks the same gates). */
function canDraft(role: MeetingDocumentRole, data: MeetingData): boolean {
  const m = data.meeting!;
  if (m.status === 'archived' || m.cancellation) return false;
  switch (role) {
    case 'plan':
      return m.status === 'topicsApproved' && !m.documents.plan;
    case 'notice':
      return m.status === 'topicsApproved' && !!m.documents.plan;
    case 'minutes':
      return m.status === 'held';
    case 'bulletin':
      return hasReached(m.status, 'held') && !m.documents.bulletin;
  }
}

/**
 * The meeting's documents: plan, notice, sign-in sheet, minutes, bulletin; each drafted, issued,
 * then printed or exported.
 */
export function DocumentsPanel({ data }: { data: MeetingData }) {
  const { t } = useTranslation();
  const output = useDocumentOutput();
  const [drafting, setDrafting] = useState<MeetingDocumentRole | 'minutesWithoutClassified' | null>(null);
  const meeting = data.meeting!;
  const byId = new Map(data.documents.map((d) => [d.id, d]));

  const outputMenu = (doc: IssuedDocument) => (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button size="compact-sm" variant="light">
          {t('documents.actions.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => output.request('print', doc.document, doc.id)}>
          {t('documents.actions.print')}
        </Menu.Item>
        <Menu.Item onClick={() => output.request('pdf', doc.document, doc.id)}>{t('documents.actions.pdf')}</Menu.Item>
        <Menu.Item onClick={() => output.request('docx', doc.document, doc.id)}>
          {t('documents.actions.docx')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );

  // After a 纪要 that carried classified topics, one more may follow without them (wider distribution).
  const canDraftOpenMinutes =
    meeting.status === 'minutesIssued' &&
    !meeting.documents.minutesWithoutClassified &&
    (meeting.leftOut?.minutes ?? []).length === 0 &&
    data.topics.some((tp) => isClassified(tp.secrecy));

  const roleRow = (role: MeetingDocumentRole | 'minutesWithoutClassified') => {
    const id = meeting.documents[role];
    const doc = id ? byId.get(id) : undefined;
    const leftOut = meeting.leftOut?.[role] ?? [];
    return (
      <Table.Tr key={role}>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          {role === 'minutesWithoutClassified' ? t('meetings.documents.openMinutes') : t(`documents.kinds.${role}`)}
        </Table.Td>
        <Table.Td>
          {doc ? (
            <Stack gap={2}>
              <Text size="sm">{`${doc.number}\u3000${doc.title}`}</Text>
              <Text size="xs" c="dimmed">
                {t('meetings.documents.issuedAt', {
                  at: localDateTime(doc.issuedAt),
                  secrecy: t(`documents.secrecy.${doc.secrecy}`),
                })}
              </Text>
              {leftOut.length > 0 && (
                <Text size="xs" c="orange">
                  {t('meetings.documents.leftOut', { titles: leftOut.join('、') })}
                </Text>
              )}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {t('meetings.documents.notYet')}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Group gap={6} justify="flex-end" wrap="nowrap">
            {doc && outputMenu(doc)}
            {role !== 'minutesWithoutClassified' && canDraft(role, data) && (
              <Button size="compact-sm" onClick={() => setDrafting(role)}>
                {t(`meetings.documents.draft.${role}`)}
              </Button>
            )}
            {role === 'minutesWithoutClassified' && canDraftOpenMinutes && (
              <Button size="compact-sm" variant="light" onClick={() => setDrafting(role)}>
                {t('meetings.documents.draftOpen')}
              </Button>
            )}
          </Group>
        </Table.Td>
      </Table.Tr>
    );
  };

  const printSignIn = async () =>
    output.request('print', await meetingDocumentsRepo.signInSheet(meeting.id), { entity: 'meetings', id: meeting.id });

  return (
    <Stack>
      <RecordTable
        label={t('meetings.documents.label')}
        columns={[t('documents.columns.kind'), t('meetings.documents.issuedColumn'), '']}
        isEmpty={false}
      >
        {(['plan', 'notice'] as const).map(roleRow)}
        <Table.Tr>
          <Table.Td>{t('documents.kinds.signInSheet')}</Table.Td>
          <Table.Td>
            <Text size="sm" c="dimmed">
              {t('meetings.documents.signInHint')}
            </Text>
          </Table.Td>
          <Table.Td>
            <Group justify="flex-end">
              <Button
                size="compact-sm"
                variant="light"
                disabled={data.attendance.length === 0}
                onClick={() => void printSignIn()}
              >
                {t('meetings.attendance.printSignIn')}
              </Button>
            </Group>
          </Table.Td>
        </Table.Tr>
        {(['minutes', 'minutesWithoutClassified', 'bulletin'] as const)
          .filter(
            (r) =>
              r !== 'minutesWithoutClassified' || canDraftOpenMinutes || meeting.documents.minutesWithoutClassified,
          )
          .map(roleRow)}
      </RecordTable>
      <Text fw={600} size="sm">
        {t('meetings.documents.register')}
      </Text>
      <RecordTable
        label={t('meetings.documents.register')}
        columns={[
          t('documents.columns.number'),
          t('documents.columns.title'),
          t('documents.columns.kind'),
          t('documents.columns.secrecy'),
          t('common.status'),
          '',
        ]}
        isEmpty={data.documents.length === 0}
      >
        {data.documents.map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.number}</Table.Td>
            <Table.Td>{d.title}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`documents.kinds.${d.kind}`)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`documents.secrecy.${d.secrecy}`)}</Table.Td>
            <Table.Td>
              {d.status === 'voided' ? (
                <Badge color="gray">{t('documents.status.voided')}</Badge>
              ) : (
                <Badge color="green">{t('documents.status.issued')}</Badge>
              )}
            </Table.Td>
            <Table.Td>{outputMenu(d)}</Table.Td>
          </Table.Tr>
        ))}
      </RecordTable>
      <Anchor size="sm" href="#/documents" onClick={() => navigate('documents')}>
        {t('meetings.documents.openRegister')}
      </Anchor>
      <DocumentOutputModals output={output} />
      {drafting && (
        <DraftModal
          role={drafting === 'minutesWithoutClassified' ? 'minutes' : drafting}
          withoutClassified={drafting === 'minutesWithoutClassified'}
          meetingId={meeting.id}
          onClose={() => setDrafting(null)}
        />
      )}
    </Stack>
  );
}
