import { useState } from 'react';
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { LeaderDecisionInput } from '../../../../../shared/core/common/approval';
import { pendingChange } from '../../../../../shared/systems/incentives/change';
import type { BonusClaim } from '../../../../../shared/systems/incentives/claim';
import { settingsRepo } from '../../../../core/data/settingsRepo';
import { LeaderDecisionModal } from '../../../../core/ui/LeaderDecisionModal';
import { useErrorText } from '../../../../core/ui/useErrorText';
import { changesRepo } from '../../data/changesRepo';
import { DocumentButtons } from '../common/DocumentButtons';
import { useUnits } from '../common/hooks';
import { Section } from '../common/Section';
import type { Output } from '../common/useOutput';
import { ReasonModal } from '../rounds/ReasonModal';
import { ChangeModal } from './ChangeModal';
import { FollowUpList } from './FollowUpList';

type Dialog = 'revocation' | 'correction' | 'decision' | 'withdraw' | null;

/**
 * After the award (S3-4.2): 事后跟踪问效, and a revocation or correction put to the leader on its own
 * 呈批单 — the points change only when the signed decision is recorded.
 */
export function AfterAwardSection({ claim, out }: { claim: BonusClaim; out: Output }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const units = useUnits();
  const office = useLiveQuery(() => settingsRepo.office(), []);
  const [dialog, setDialog] = useState<Dialog>(null);
  const pending = pendingChange(claim);
  const kind = (k: 'correction' | 'revocation') => t(`incentives.change.kinds.${k}`);
  const issue = async () => {
    try {
      const issued = await changesRepo.issueSlip(claim.id);
      await out.registered('print', issued.id);
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e) });
    }
  };
  const decide = async (input: LeaderDecisionInput) => {
    await changesRepo.decide(claim.id, input);
  };
  return (
    <>
      <Section title={t('incentives.followUp.title')}>
        <FollowUpList claim={claim} />
      </Section>
      <Section title={t('incentives.change.title')}>
        <Stack gap="xs">
          <List size="sm">
            {claim.changes
              .filter((c) => c.decision)
              .map((c) => (
                <List.Item key={c.id}>
                  {t('incentives.change.decided', {
                    kind: kind(c.kind),
                    by: c.decision!.by,
                    on: c.decision!.on,
                    decision: t(`common.decision.values.${c.decision!.decision}`),
                  })}
                  {t('incentives.change.because', { reason: c.reason, slip: c.slip?.number ?? '' })}
                </List.Item>
              ))}
          </List>
          {pending && !pending.slip && (
            <Alert color="yellow">
              <Stack gap="xs">
                <Text size="sm">
                  {t('incentives.change.pending', { kind: kind(pending.kind), reason: pending.reason })}
                </Text>
                <Group>
                  <Button size="xs" onClick={() => void issue()}>
                    {t('incentives.change.issueSlip')}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={() =>
                      void changesRepo
                        .discardDraft(claim.id)
                        .catch((e) => notifications.show({ color: 'red', message: errorText(e) }))
                    }
                  >
                    {t('incentives.change.discard')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          {pending?.slip && (
            <Alert color="yellow">
              <Stack gap="xs">
                <Text size="sm">
                  {t('incentives.change.waiting', { kind: kind(pending.kind), number: pending.slip.number })}
                </Text>
                <DocumentButtons
                  label={pending.slip.number}
                  onOutput={(f) => void out.registered(f, pending.slip!.documentId)}
                />
                <Group>
                  <Button size="xs" variant="light" onClick={() => setDialog('decision')}>
                    {t('incentives.change.record')}
                  </Button>
                  <Button size="xs" variant="subtle" color="red" onClick={() => setDialog('withdraw')}>
                    {t('incentives.change.withdraw')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          {!pending && claim.status === 'awarded' && (
            <Group>
              <Button size="xs" color="red" variant="light" onClick={() => setDialog('revocation')}>
                {t('incentives.change.revoke')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setDialog('correction')}>
                {t('incentives.change.correct')}
              </Button>
            </Group>
          )}
        </Stack>
      </Section>
      {(dialog === 'revocation' || dialog === 'correction') && (
        <ChangeModal claim={claim} kind={dialog} onClose={() => setDialog(null)} />
      )}
      {dialog === 'decision' && pending && (
        <LeaderDecisionModal
          subject={t('incentives.change.subject', { unit: units.name(claim.unitId), kind: kind(pending.kind) })}
          defaultLeader={office?.groupLeaderName ?? ''}
          onSave={decide}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'withdraw' && (
        <ReasonModal
          title={t('incentives.change.withdraw')}
          label={t('incentives.approval.withdrawReason')}
          onSave={async (reason) => {
            await changesRepo.withdrawSlip(claim.id, reason);
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
