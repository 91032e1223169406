import { useState } from 'react';
import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../../shared/core/common/localDate';
import type { AgendaItem, UnitOpinion } from '../../../../../shared/systems/meetings/topic';
import { meetingTopicsRepo } from '../../data/meetingTopicsRepo';
import { RecordTable } from '../../../../core/ui/RecordTable';
import { UnitsMultiSelect } from '../UnitsMultiSelect';
import { useMeetingAction } from '../useMeetingAction';
import { useMeetingUnits } from '../useMeetingData';
import { OpinionAnswerRow } from './OpinionAnswerRow';
import { DateField } from '../../../../core/ui/dates/DateField';

/**
 * 征求意见 on one document (S1-4.2): send it to units (all member units, towns and zones, as the
 * seed asks, or some), then record each answer — the day and the opinion text.
 */
export function OpinionsModal({
  topic,
  documentId,
  canChange,
  onClose,
}: {
  topic: AgendaItem;
  documentId: string;
  canChange: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { run, busy } = useMeetingAction();
  const units = useMeetingUnits();
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [askedOn, setAskedOn] = useState(localDate(new Date()));
  const [answering, setAnswering] = useState<string | null>(null);
  const doc = topic.documents.find((d) => d.id === documentId);
  if (!doc) return null;
  const asked = new Set(doc.opinions.map((o) => o.unitId));

  const ask = (ids: string[]) =>
    run(() => meetingTopicsRepo.askOpinions(topic.id, doc.id, ids, askedOn), t('meetings.deliberation.asked')).then(
      () => setUnitIds([]),
    );

  return (
    <Modal opened onClose={onClose} title={t('meetings.deliberation.opinionsTitle', { title: doc.title })} size="xl">
      <Stack>
        {canChange && (
          <Group align="flex-end">
            <UnitsMultiSelect
              withVillages
              label={t('meetings.fields.opinionUnits')}
              value={unitIds}
              onChange={setUnitIds}
              style={{ flex: 1 }}
            />
            <DateField label={t('meetings.fields.askedOn')} value={askedOn} onChange={(v) => setAskedOn(v)} w={160} />
            <Button loading={busy} disabled={unitIds.length === 0} onClick={() => void ask(unitIds)}>
              {t('meetings.deliberation.ask')}
            </Button>
            <Button
              variant="light"
              loading={busy}
              onClick={() => void ask(units.filter((u) => !asked.has(u.id)).map((u) => u.id))}
            >
              {t('meetings.deliberation.askAll')}
            </Button>
          </Group>
        )}
        <Text size="sm" c="dimmed">
          {t('meetings.deliberation.opinions', {
            asked: doc.opinions.length,
            answered: doc.opinions.filter((o) => o.answeredOn).length,
          })}
        </Text>
        <RecordTable
          label={t('meetings.deliberation.opinionsTable')}
          columns={[
            t('meetings.fields.unit'),
            t('meetings.fields.askedOn'),
            t('meetings.fields.answeredOn'),
            t('meetings.fields.opinion'),
            '',
          ]}
          isEmpty={doc.opinions.length === 0}
        >
          {doc.opinions.map((o: UnitOpinion) =>
            answering === o.unitId ? (
              <OpinionAnswerRow
                key={o.unitId}
                opinion={o}
                onSave={(answer) =>
                  run(() => meetingTopicsRepo.recordOpinion(topic.id, doc.id, o.unitId, answer)).then(
                    (r) => r && setAnswering(null),
                  )
                }
                onCancel={() => setAnswering(null)}
              />
            ) : (
              <Table.Tr key={o.unitId}>
                <Table.Td>{o.unitName}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{o.askedOn}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {o.answeredOn ?? t('meetings.deliberation.waiting')}
                </Table.Td>
                <Table.Td>{o.answeredOn ? o.opinion || t('meetings.deliberation.noObjection') : ''}</Table.Td>
                <Table.Td>
                  {canChange && (
                    <Button size="compact-xs" variant="subtle" onClick={() => setAnswering(o.unitId)}>
                      {t('meetings.deliberation.recordAnswer')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ),
          )}
        </RecordTable>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
