import { useState } from 'react';
import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { type Check, startBlocker } from '../../../../shared/systems/supervision/check';
import type { SupervisionItem } from '../../../../shared/systems/supervision/item';
import { checkFindingsRepo } from '../data/checkFindingsRepo';
import { supervisionItemFlowRepo } from '../data/supervisionItemFlowRepo';
import { supervisionItemsRepo } from '../data/supervisionItemsRepo';
import { useErrorText } from '../../../core/ui/useErrorText';
import { navigate } from '../../../core/shell/routes';
import { FindingFormModal } from './FindingFormModal';
import { OutputButtons } from './OutputButtons';
import { placeSub } from './supervisionRoute';
import type { useIssuedOutput } from './useIssuedOutput';
import { useUnits } from './useUnitNames';

/** Findings per target and, for each unfinished matter, its 督办通知单 (S2-4.3, S2-4.4). */
export function FindingsSection({ check, out }: { check: Check; out: ReturnType<typeof useIssuedOutput> }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [adding, setAdding] = useState(false);
  const findings = useLiveQuery(() => checkFindingsRepo.listForCheck(check.id), [check.id]) ?? [];
  const items = useLiveQuery(() => supervisionItemsRepo.listForCheck(check.id), [check.id]) ?? [];
  const units = useUnits(check.targetUnitIds);
  const itemsById = new Map(items.map((i) => [i.id, i]));

  const issueSlip = async (item: SupervisionItem) => {
    try {
      const issued = await supervisionItemFlowRepo.issueSlip(item.id);
      notifications.show({ color: 'green', message: t('supervision.slip.issued', { number: issued.number }) });
      await out.issued('print', issued);
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e) });
    }
  };

  return (
    <Stack gap="sm">
      {findings.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('supervision.findings.none')}
        </Text>
      )}
      {findings.map((f) => (
        <Card
          key={f.id}
          withBorder
          padding="sm"
          aria-label={t('supervision.findings.of', { unit: units.get(f.unitId)?.name ?? '' })}
        >
          <Group justify="space-between">
            <Text fw={600}>{units.get(f.unitId)?.name}</Text>
            <Text size="sm" c="dimmed">
              {t('supervision.findings.line', {
                on: f.visitedOn,
                methods: f.methods.map((m) => t(`supervision.findingMethod.${m}`)).join(t('supervision.joiner')),
                rating: t(`supervision.rating.${f.rating}`),
              })}
            </Text>
          </Group>
          <Text size="sm" mt={4}>
            {f.observed}
          </Text>
          {f.goodPractice && (
            <Text size="sm" c="teal.8" mt={4}>
              {t('supervision.findings.goodPracticeLine', { text: f.goodPractice })}
            </Text>
          )}
          {f.itemIds.map((id, i) => {
            const item = itemsById.get(id);
            if (!item) return null;
            return (
              <Group
                key={id}
                justify="space-between"
                mt="xs"
                wrap="nowrap"
                aria-label={t('supervision.findings.matterN', { n: i + 1 })}
                role="group"
              >
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  ta="left"
                  c="blue.8"
                  onClick={() => navigate('supervision', placeSub({ page: 'item', id }))}
                >
                  {t('supervision.findings.matterLine', { n: i + 1, matter: item.matter, due: item.dueOn })}
                </Anchor>
                {item.slipDocumentId ? (
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {item.slipNumber}
                    </Text>
                    <OutputButtons
                      label={t('supervision.slip.name')}
                      onOutput={(fmt) => void out.issued(fmt, item.slipDocumentId!)}
                    />
                  </Group>
                ) : (
                  <Button size="xs" onClick={() => void issueSlip(item)}>
                    {t('supervision.slip.issue')}
                  </Button>
                )}
              </Group>
            );
          })}
        </Card>
      ))}
      {/* Ready to start, the first finding starts the check itself: one click, not 开始实地督查 first. */}
      {(check.status === 'underway' || startBlocker(check) === null) && (
        <Button w="fit-content" onClick={() => setAdding(true)}>
          {t('supervision.findings.add')}
        </Button>
      )}
      {adding && (
        <FindingFormModal check={check} recorded={findings.map((f) => f.unitId)} onClose={() => setAdding(false)} />
      )}
    </Stack>
  );
}
