import { useState } from 'react';
import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { daysOverdue } from '../../../../shared/systems/supervision/deadline';
import type { SupervisionItem } from '../../../../shared/systems/supervision/item';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { supervisionItemFlowRepo } from '../data/supervisionItemFlowRepo';
import { supervisionItemsRepo } from '../data/supervisionItemsRepo';
import { useErrorText } from '../../../core/ui/useErrorText';
import { ExplanationModal } from './ExplanationModal';
import { OutputButtons } from './OutputButtons';
import { ReadingModal } from './ReadingModal';
import type { useIssuedOutput } from './useIssuedOutput';

/**
 * 限期未完成 (S2-4.5): the item stays open and red, a 情况说明 is required, printed on a 呈阅件 for
 * the group leader's 阅示, and the leader's reading is recorded. Tracked until done.
 */
export function ItemOverdueSection({
  item,
  today,
  out,
}: {
  item: SupervisionItem;
  today: string;
  out: ReturnType<typeof useIssuedOutput>;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const office = useLiveQuery(() => settingsRepo.office(), []);
  const explanations =
    useLiveQuery(() => supervisionItemsRepo.explanationsOf(item.id), [item.id, item.explanationCount]) ?? [];
  const [adding, setAdding] = useState(false);
  const [reading, setReading] = useState<string | null>(null);
  const isOpen = item.status === 'open' || item.status === 'replied';
  const late = isOpen && item.dueOn < today;

  const issue = async (id: string) => {
    try {
      const issued = await supervisionItemFlowRepo.issueExplanationSlip(id);
      await out.issued('print', issued);
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e) });
    }
  };

  return (
    <Stack gap="xs">
      {late && (
        <Alert
          color="red"
          role="alert"
          title={t('supervision.overdue.title', { count: daysOverdue(item.dueOn, today) })}
        >
          {explanations.length === 0 ? t('supervision.overdue.needExplanation') : t('supervision.overdue.tracked')}
        </Alert>
      )}
      {explanations.map((e, i) => (
        <Card key={e.id} withBorder padding="sm" aria-label={t('supervision.explanation.n', { n: i + 1 })}>
          <Text size="sm" fw={500}>
            {t('supervision.explanation.line', { on: e.receivedOn, by: e.submittedBy, count: e.daysOverdue })}
          </Text>
          <Text size="sm">{e.reason}</Text>
          <Text size="sm" c="dimmed">
            {t('supervision.explanation.measuresLine', { text: e.measures })}
          </Text>
          <Group mt="xs">
            {e.slipDocumentId ? (
              <OutputButtons
                label={t('supervision.explanation.slipName')}
                onOutput={(f) => void out.issued(f, e.slipDocumentId!)}
              />
            ) : (
              <Button size="xs" onClick={() => void issue(e.id)}>
                {t('supervision.explanation.print')}
              </Button>
            )}
            {e.reading ? (
              <Text size="sm" c="teal.8">
                {t('supervision.reading.line', {
                  by: e.reading.by,
                  on: e.reading.on,
                  remark: e.reading.remark || t('supervision.reading.read'),
                })}
              </Text>
            ) : (
              // The leader reads the printed 呈阅件: nothing to record before it is numbered.
              e.slipDocumentId && (
                <Button size="xs" variant="light" onClick={() => setReading(e.id)}>
                  {t('supervision.reading.open')}
                </Button>
              )
            )}
          </Group>
        </Card>
      ))}
      {late && (
        <Button variant="light" color="red" w="fit-content" onClick={() => setAdding(true)}>
          {t('supervision.explanation.add')}
        </Button>
      )}
      {adding && <ExplanationModal itemId={item.id} onClose={() => setAdding(false)} />}
      {reading && (
        <ReadingModal
          explanationId={reading}
          documentId={explanations.find((e) => e.id === reading)?.slipDocumentId}
          defaultLeader={office?.groupLeaderName ?? ''}
          onClose={() => setReading(null)}
        />
      )}
    </Stack>
  );
}
