import { useState } from 'react';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { LeaderDecisionInput } from '../../../../shared/core/common/approval';
import {
  type DeadlineExtension,
  grantedExtensions,
  originalDueOn,
  pendingExtension,
} from '../../../../shared/systems/supervision/extension';
import type { SupervisionItem } from '../../../../shared/systems/supervision/item';
import { documentIssuedOn } from '../../../core/data/decisionDate';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { supervisionExtensionsRepo } from '../data/supervisionExtensionsRepo';
import { LeaderDecisionModal } from '../../../core/ui/LeaderDecisionModal';
import { useErrorText } from '../../../core/ui/useErrorText';
import { ExtensionRequestModal } from './ExtensionRequestModal';
import { OutputButtons } from './OutputButtons';
import type { useIssuedOutput } from './useIssuedOutput';

/**
 * 延期: the unit's request, the numbered 呈批单 for the group leader, the decision as signed, and
 * the item's deadlines one after another. A request granted after the deadline says how many
 * days the item had been overdue: that stays on the record whatever the new deadline.
 */
export function ItemExtensionSection({
  item,
  out,
}: {
  item: SupervisionItem;
  out: ReturnType<typeof useIssuedOutput>;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const office = useLiveQuery(() => settingsRepo.office(), []);
  const [requesting, setRequesting] = useState(false);
  const [deciding, setDeciding] = useState(false);
  const isOpen = item.status === 'open' || item.status === 'replied';
  const pending = pendingExtension(item);
  const slipId = pending?.slipDocumentId;
  const slipOn = useLiveQuery(() => (slipId ? documentIssuedOn(slipId) : null), [slipId]);
  const extensions = item.extensions ?? [];
  const deadlines = [originalDueOn(item), ...grantedExtensions(item).map((e) => e.newDueOn)];

  const issueSlip = async () => {
    try {
      await out.issued('print', await supervisionExtensionsRepo.issueSlip(item.id));
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e) });
    }
  };
  const decide = async (input: LeaderDecisionInput) => {
    const { reissued } = await supervisionExtensionsRepo.decide(item.id, input);
    // Granted: the unit gets a 督办通知单 with the new deadline (the old one is voided).
    if (reissued) {
      notifications.show({
        color: 'teal',
        message: t('supervision.extension.slipReissued', { number: reissued.number }),
      });
      await out.issued('print', reissued);
    }
  };

  return (
    <Stack gap="xs">
      {deadlines.length > 1 && (
        <Text size="sm">{t('supervision.extension.deadlines', { list: deadlines.join(' → ') })}</Text>
      )}
      {extensions.map((e, i) => (
        <ExtensionCard key={e.id} extension={e} n={i + 1} isOpen={isOpen} out={out} />
      ))}
      <Group>
        {isOpen && !pending && (
          <Button variant="light" w="fit-content" onClick={() => setRequesting(true)}>
            {t('supervision.extension.request')}
          </Button>
        )}
        {isOpen && pending && !pending.slipDocumentId && (
          <Button w="fit-content" onClick={() => void issueSlip()}>
            {t('supervision.extension.printSlip')}
          </Button>
        )}
        {isOpen && pending?.slipDocumentId && (
          <Button w="fit-content" onClick={() => setDeciding(true)}>
            {t('supervision.extension.decide')}
          </Button>
        )}
      </Group>
      {requesting && <ExtensionRequestModal item={item} onClose={() => setRequesting(false)} />}
      {deciding && pending && (
        <LeaderDecisionModal
          subject={t('supervision.extension.subject', { number: pending.slipNumber, newDueOn: pending.newDueOn })}
          defaultLeader={office?.groupLeaderName ?? ''}
          issuedOn={slipOn}
          onSave={decide}
          onClose={() => setDeciding(false)}
        />
      )}
    </Stack>
  );
}

function ExtensionCard({
  extension: e,
  n,
  isOpen,
  out,
}: {
  extension: DeadlineExtension;
  n: number;
  isOpen: boolean;
  out: ReturnType<typeof useIssuedOutput>;
}) {
  const { t } = useTranslation();
  const late = e.overdueDaysWhenGranted ?? 0;
  return (
    <Card withBorder padding="sm" aria-label={t('supervision.extension.n', { n })}>
      <Text size="sm" fw={500}>
        {t('supervision.extension.line', {
          on: e.requestedOn,
          by: e.requestedBy,
          from: e.fromDueOn,
          newDueOn: e.newDueOn,
          newReplyBy: e.newReplyBy,
        })}
      </Text>
      <Text size="sm">{t('supervision.extension.reasonLine', { text: e.reason })}</Text>
      {late > 0 && (
        <Text size="sm" c="red.8" fw={500}>
          {t('supervision.extension.wasOverdue', { count: late, dueOn: e.fromDueOn })}
        </Text>
      )}
      <Group mt="xs">
        {e.slipDocumentId && (
          <OutputButtons
            label={t('supervision.extension.slipName', { number: e.slipNumber })}
            onOutput={(f) => void out.issued(f, e.slipDocumentId!)}
          />
        )}
        <Text size="sm" c={e.decision ? (e.decision.decision === 'approved' ? 'teal.8' : 'red.8') : 'dimmed'}>
          {e.decision
            ? t('supervision.extension.decided', {
                decision: t(`common.decision.values.${e.decision.decision}`),
                by: e.decision.by,
                on: e.decision.on,
                remark: e.decision.remark,
              })
            : e.lapsed
              ? e.lapsed.voidedSlipNumber
                ? t('supervision.extension.lapsedSlipVoided', { on: e.lapsed.on, number: e.lapsed.voidedSlipNumber })
                : t('supervision.extension.lapsed', { on: e.lapsed.on })
              : isOpen
                ? t('supervision.extension.pending')
                : t('supervision.extension.undecided')}
        </Text>
      </Group>
    </Card>
  );
}
