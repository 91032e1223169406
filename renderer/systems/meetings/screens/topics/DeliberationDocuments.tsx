import { useState } from 'react';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { isApproved } from '../../../../../shared/core/common/approval';
import { DEFAULT_OFFICE_SETTINGS } from '../../../../../shared/core/office/office';
import type { AgendaItem, DeliberationDocument } from '../../../../../shared/systems/meetings/topic';
import { meetingTopicsRepo } from '../../data/meetingTopicsRepo';
import { settingsRepo } from '../../../../core/data/settingsRepo';
import { LeaderDecisionModal } from '../../../../core/ui/LeaderDecisionModal';
import { OpinionsModal } from './OpinionsModal';

/**
 * 提交会议审议的文件 (S1-4.2): each needs the group leader's consent before the meeting and the
 * opinions of the units; the table shows both and who has not answered yet.
 */
export function DeliberationDocuments({ topic, canChange }: { topic: AgendaItem; canChange: boolean }) {
  const { t } = useTranslation();
  const office = useLiveQuery(() => settingsRepo.office(), []) ?? DEFAULT_OFFICE_SETTINGS;
  const [consenting, setConsenting] = useState<DeliberationDocument | null>(null);
  const [opinions, setOpinions] = useState<DeliberationDocument | null>(null);

  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('meetings.deliberation.title')}
      </Text>
      <Table withTableBorder aria-label={t('meetings.deliberation.title')}>
        <Table.Tbody>
          {topic.documents.map((d) => {
            const answered = d.opinions.filter((o) => o.answeredOn).length;
            return (
              <Table.Tr key={d.id}>
                <Table.Td>{`《${d.title}》`}</Table.Td>
                <Table.Td>
                  {d.consent ? (
                    <Badge color={isApproved(d.consent) ? 'green' : 'orange'} title={d.consent.remark}>
                      {t('meetings.deliberation.consent', {
                        decision: t(`common.decision.values.${d.consent.decision}`),
                        by: d.consent.by,
                        on: d.consent.on,
                      })}
                    </Badge>
                  ) : (
                    <Badge color="red">{t('meetings.deliberation.noConsent')}</Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {d.opinions.length
                      ? t('meetings.deliberation.opinions', { asked: d.opinions.length, answered })
                      : t('meetings.deliberation.notAsked')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {canChange && (
                      <Button size="compact-xs" variant="light" onClick={() => setConsenting(d)}>
                        {t('meetings.deliberation.recordConsent')}
                      </Button>
                    )}
                    <Button size="compact-xs" variant="light" onClick={() => setOpinions(d)}>
                      {t('meetings.deliberation.manageOpinions')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {consenting && (
        <LeaderDecisionModal
          subject={t('meetings.deliberation.consentSubject', { title: consenting.title })}
          defaultLeader={office.groupLeaderName}
          onSave={async (input) => {
            await meetingTopicsRepo.recordConsent(topic.id, consenting.id, input);
          }}
          onClose={() => setConsenting(null)}
        />
      )}
      {opinions && (
        <OpinionsModal topic={topic} documentId={opinions.id} canChange={canChange} onClose={() => setOpinions(null)} />
      )}
    </Stack>
  );
}
