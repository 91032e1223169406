import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { deadlineBounds, DEFAULT_DEADLINE_SETTINGS } from '../../../../shared/systems/supervision/deadline';
import { originalDueOn, overdueDaysAccrued } from '../../../../shared/systems/supervision/extension';
import type { SupervisionItem } from '../../../../shared/systems/supervision/item';
import { supervisionItemFlowRepo } from '../data/supervisionItemFlowRepo';
import { supervisionItemsRepo } from '../data/supervisionItemsRepo';
import { supervisionSettingsRepo } from '../data/supervisionSettingsRepo';
import { DocumentOutputModals } from '../../../core/documents/output/DocumentOutputModals';
import { useErrorText } from '../../../core/ui/useErrorText';
import { navigate } from '../../../core/shell/routes';
import { DeadlineBadge } from './items/DeadlineBadge';
import { DetailSection } from './DetailSection';
import { ItemCloseSection } from './ItemCloseSection';
import { ItemExtensionSection } from './ItemExtensionSection';
import { ItemFeedbackSection } from './ItemFeedbackSection';
import { ItemOverdueSection } from './ItemOverdueSection';
import { OutputButtons } from './OutputButtons';
import { placeSub } from './supervisionRoute';
import { useIssuedOutput } from './useIssuedOutput';
import { WithdrawItemModal } from './WithdrawItemModal';
import { CorrectItemModal } from './CorrectItemModal';
import { useToday } from './useToday';
import { useUnits } from './useUnitNames';
import { STATUS_COLORS } from './items/itemStatusColors';
import { Fact } from './Fact';

/** One item from its 督办通知单 to close-out or, when late, to the leader's 阅示 — tracked until done. */
export function ItemDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const today = useToday();
  const item = useLiveQuery(() => supervisionItemsRepo.get(id), [id]);
  const settings = useLiveQuery(() => supervisionSettingsRepo.deadlines(), []) ?? DEFAULT_DEADLINE_SETTINGS;
  const out = useIssuedOutput();
  const [withdrawing, setWithdrawing] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  if (!item) return null;
  const bounds = deadlineBounds(today, settings);
  const issueSlip = async () => {
    try {
      const issued = await supervisionItemFlowRepo.issueSlip(item.id);
      await out.issued('print', issued);
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e) });
    }
  };
  const isOpen = item.status === 'open' || item.status === 'replied';
  return (
    <Stack>
      <Anchor component="button" type="button" size="sm" w="fit-content" onClick={() => window.history.back()}>
        {t('supervision.items.back')}
      </Anchor>
      <Group justify="space-between" wrap="nowrap">
        <Title order={3}>{item.matter}</Title>
        <Group gap="xs" wrap="nowrap">
          <DeadlineBadge item={item} bounds={bounds} />
          {overdueDaysAccrued(item) > 0 && (
            <Badge color="red" variant="outline" style={{ whiteSpace: 'nowrap' }}>
              {t('supervision.extension.accrued', { count: overdueDaysAccrued(item) })}
            </Badge>
          )}
          <Badge variant="outline" color={STATUS_COLORS[item.status]}>
            {t(`supervision.itemStatus.${item.status}`)}
          </Badge>
          {isOpen && (
            <Button size="xs" variant="subtle" onClick={() => setCorrecting(true)}>
              {t('supervision.correct.open')}
            </Button>
          )}
          {isOpen && (
            <Button size="xs" variant="subtle" color="red" onClick={() => setWithdrawing(true)}>
              {t('supervision.withdraw.open')}
            </Button>
          )}
        </Group>
      </Group>
      {item.withdrawal && (
        <Alert color="gray" title={t('supervision.itemStatus.withdrawn')}>
          {t('supervision.withdraw.done', {
            by: item.withdrawal.by,
            on: item.withdrawal.on,
            reason: item.withdrawal.reason,
          })}
          {item.withdrawal.voidedSlipNumber &&
            ` ${t('supervision.withdraw.slipVoided', { number: item.withdrawal.voidedSlipNumber })}`}
        </Alert>
      )}
      <ItemFacts item={item} />
      <DetailSection title={t('supervision.steps.slip')}>
        {item.voidedSlips?.map((v) => (
          <Text key={v.documentId} size="sm" c="dimmed">
            {t('supervision.correct.voided', { number: v.number, reason: v.reason })}
          </Text>
        ))}
        {item.withdrawal?.voidedSlipNumber ? (
          <Text size="sm" c="dimmed">
            {t('supervision.withdraw.slipVoided', { number: item.withdrawal.voidedSlipNumber })}
          </Text>
        ) : item.slipDocumentId ? (
          <Group>
            <Text size="sm">{t('supervision.slip.number', { number: item.slipNumber })}</Text>
            <OutputButtons
              label={t('supervision.slip.name')}
              onOutput={(f) => void out.issued(f, item.slipDocumentId!)}
            />
          </Group>
        ) : isOpen ? (
          <Button w="fit-content" onClick={() => void issueSlip()}>
            {t('supervision.slip.issue')}
          </Button>
        ) : (
          <Text size="sm" c="dimmed">
            {t('supervision.items.noSlip')}
          </Text>
        )}
      </DetailSection>
      <DetailSection title={t('supervision.steps.feedback')}>
        <ItemFeedbackSection item={item} />
      </DetailSection>
      {(isOpen || !!item.extensions?.length) && (
        <DetailSection title={t('supervision.steps.extension')}>
          <ItemExtensionSection item={item} out={out} />
        </DetailSection>
      )}
      {(!!item.explanationCount || (isOpen && item.dueOn < today)) && (
        <DetailSection title={t('supervision.steps.overdue')}>
          <ItemOverdueSection item={item} today={today} out={out} />
        </DetailSection>
      )}
      {!item.withdrawal && (
        <DetailSection title={t('supervision.steps.close')}>
          <ItemCloseSection item={item} />
        </DetailSection>
      )}
      <DocumentOutputModals output={out.output} />
      {withdrawing && <WithdrawItemModal item={item} onClose={() => setWithdrawing(false)} />}
      {correcting && <CorrectItemModal item={item} out={out} onClose={() => setCorrecting(false)} />}
    </Stack>
  );
}

function ItemFacts({ item }: { item: SupervisionItem }) {
  const { t } = useTranslation();
  const units = useUnits([item.unitId]);
  return (
    <SimpleGrid cols={3}>
      <Fact label={t('supervision.fields.unit')}>
        <Anchor
          component="button"
          type="button"
          size="sm"
          c="blue.8"
          onClick={() =>
            navigate('supervision', placeSub({ page: 'items', scope: { by: 'history', unitId: item.unitId } }))
          }
        >
          {units.get(item.unitId)?.name ?? '…'}
        </Anchor>
      </Fact>
      <Fact label={t('supervision.fields.source')}>
        {t(`supervision.source.${item.source}`)}
        {item.instruction && t('supervision.items.instructionLine', item.instruction)}
        {item.checkId && (
          <Anchor
            component="button"
            type="button"
            size="sm"
            ml="xs"
            c="blue.8"
            onClick={() => navigate('supervision', placeSub({ page: 'check', id: item.checkId! }))}
          >
            {t('supervision.items.openCheck')}
          </Anchor>
        )}
        {item.source === 'evaluation' && (
          // System 4 raises one item per 通报提醒 and gives it the reminder's id as its task id.
          <Anchor
            component="button"
            type="button"
            size="sm"
            ml="xs"
            c="blue.8"
            onClick={() => navigate('evaluation', `reminders.${item.taskId}`)}
          >
            {t('supervision.items.openReminder')}
          </Anchor>
        )}
      </Fact>
      <Fact label={t('supervision.fields.category')}>{t(`supervision.category.${item.category}`)}</Fact>
      <Fact label={t('supervision.fields.dueOn')}>
        {item.dueOn}
        {originalDueOn(item) !== item.dueOn && (
          <Text span size="sm" c="dimmed" ml={4}>
            {t('supervision.extension.original', { dueOn: originalDueOn(item) })}
          </Text>
        )}
      </Fact>
      <Fact label={t('supervision.fields.replyBy')}>{item.replyBy ?? item.dueOn}</Fact>
      <Fact label={t('supervision.fields.secrecy')}>{t(`documents.secrecy.${item.secrecy}`)}</Fact>
      <Fact label={t('supervision.fields.requirement')}>{item.requirement || '—'}</Fact>
    </SimpleGrid>
  );
}
