import { useState } from 'react';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../../core/shell/routes';
import { questionnairesRepo } from '../../data/questionnairesRepo';
import { placeSub } from '../evaluationRoute';
import { useNames } from '../useNames';
import { DesignModal } from './DesignModal';

const printed = (runs: { fromCopy: number; toCopy: number }[]) =>
  runs.reduce((n, r) => n + r.toCopy - r.fromCopy + 1, 0);

/** 问卷调查 (S4-4.5): every questionnaire with its copies printed, received and entered. */
export function QuestionnairesPanel({ pending }: { pending?: boolean }) {
  const { t } = useTranslation();
  const names = useNames();
  // The Dashboard's figure opens the questionnaires it counts: returns received, not all entered.
  const list = useLiveQuery(() => (pending ? questionnairesRepo.listPending() : questionnairesRepo.list()), [pending]);
  const [creating, setCreating] = useState(false);
  const open = (id: string) => navigate('evaluation', placeSub({ page: 'questionnaire', id }));
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {pending ? t('evaluation.questionnaires.pendingOnly') : ''}
        </Text>
        <Button onClick={() => setCreating(true)}>{t('evaluation.design.new')}</Button>
      </Group>
      {list && list.length === 0 && <Text c="dimmed">{t('evaluation.questionnaires.none')}</Text>}
      {list && list.length > 0 && (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('evaluation.fields.title_q')}</Table.Th>
              <Table.Th>{t('evaluation.questionnaires.version')}</Table.Th>
              <Table.Th>{t('evaluation.questionnaires.printed')}</Table.Th>
              <Table.Th>{t('evaluation.questionnaires.received')}</Table.Th>
              <Table.Th>{t('evaluation.questionnaires.entered')}</Table.Th>
              <Table.Th>{t('evaluation.questionnaires.unsettled')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((q) => (
              <Table.Tr key={q.id} onClick={() => open(q.id)} style={{ cursor: 'pointer' }}>
                <Table.Td>
                  {q.title}{' '}
                  {q.status === 'closed' && <Badge color="gray">{t('evaluation.questionnaires.closed')}</Badge>}
                  {q.isDoubleEntry && <Badge variant="outline">{t('evaluation.fields.isDoubleEntry')}</Badge>}
                </Table.Td>
                <Table.Td>{t('evaluation.questionnaires.versionN', { version: q.currentVersion })}</Table.Td>
                <Table.Td>{printed(q.printRuns)}</Table.Td>
                <Table.Td>{q.received}</Table.Td>
                <Table.Td c={q.received > q.entered ? 'orange' : undefined}>{q.entered}</Table.Td>
                <Table.Td>{q.unsettled}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating && (
        <DesignModal
          names={names}
          start={{ title: '', intro: '', secrecy: 'internal', isDoubleEntry: false, scaleId: 'five', questions: [] }}
          onClose={(id) => {
            setCreating(false);
            if (id) open(id);
          }}
        />
      )}
    </Stack>
  );
}
