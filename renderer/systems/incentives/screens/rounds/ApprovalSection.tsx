import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { LeaderDecisionInput } from '../../../../../shared/core/common/approval';
import { currentSlip, type BonusRound } from '../../../../../shared/systems/incentives/round';
import { settingsRepo } from '../../../../core/data/settingsRepo';
import { LeaderDecisionModal } from '../../../../core/ui/LeaderDecisionModal';
import { useErrorText } from '../../../../core/ui/useErrorText';
import { roundApprovalRepo } from '../../data/roundApprovalRepo';
import { DocumentButtons } from '../common/DocumentButtons';
import type { Output } from '../common/useOutput';
import { ProposalTable } from './ProposalTable';
import { ReasonModal } from './ReasonModal';

/**
 * S3-3.2 → S3-3.3: the proposed list as it stands, the 呈批单 printed for the group leader, and the
 * decision recorded from the signed slip. Points are applied only then.
 */
export function ApprovalSection({ round, out }: { round: BonusRound; out: Output }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const office = useLiveQuery(() => settingsRepo.office(), []);
  const preview = useLiveQuery(() => roundApprovalRepo.preview(round.id), [round]);
  const [recording, setRecording] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const pending = currentSlip(round);

  const submit = async () => {
    try {
      const issued = await roundApprovalRepo.submit(round.id);
      notifications.show({ color: 'green', message: t('incentives.approval.submitted', { number: issued.number }) });
      await out.registered('print', issued.id);
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e) });
    }
  };
  const record = async (input: LeaderDecisionInput) => {
    await roundApprovalRepo.decide(round.id, input);
  };

  return (
    <Stack gap="xs">
      {round.status === 'open' && (
        <Text size="sm" c="dimmed">
          {t('incentives.approval.hint')}
        </Text>
      )}
      {preview && (round.status === 'open' || round.status === 'submitted') && (
        <ProposalTable rows={pending?.proposal ?? preview.rows} title={t('incentives.approval.list')} />
      )}
      {round.status === 'open' && preview?.refusal && (
        <Alert color="yellow">{t(`incentives.rules.${preview.refusal}` as 'incentives.rules.list-empty')}</Alert>
      )}
      {round.status === 'open' && (
        <Group>
          <Button disabled={!preview || !!preview.refusal} onClick={() => void submit()}>
            {t('incentives.approval.submit')}
          </Button>
        </Group>
      )}
      {round.slips.map((slip) => (
        <Stack key={slip.documentId} gap={4}>
          <DocumentButtons
            label={t('incentives.approval.slip', { number: slip.number, on: slip.printedOn })}
            onOutput={(f) => void out.registered(f, slip.documentId)}
          />
          {slip.decision && (
            <Alert
              color={
                slip.decision.decision === 'approved'
                  ? 'green'
                  : slip.decision.decision === 'rejected'
                    ? 'red'
                    : 'yellow'
              }
              title={t(`common.decision.values.${slip.decision.decision}`)}
            >
              {t('incentives.approval.decided', {
                by: slip.decision.by,
                on: slip.decision.on,
                remark: slip.decision.remark || t('incentives.approval.noRemark'),
              })}
            </Alert>
          )}
        </Stack>
      ))}
      {round.status === 'submitted' && (
        <Group>
          <Text size="sm">{t('incentives.approval.waiting')}</Text>
          <Button variant="light" onClick={() => setRecording(true)}>
            {t('incentives.approval.record')}
          </Button>
          <Button variant="subtle" color="red" onClick={() => setWithdrawing(true)}>
            {t('incentives.approval.withdraw')}
          </Button>
        </Group>
      )}
      {round.status === 'approved' && (
        <ProposalTable
          rows={round.slips.find((s) => s.decision?.decision === 'approved')?.proposal ?? []}
          title={t('incentives.approval.applied')}
        />
      )}
      {recording && (
        <LeaderDecisionModal
          subject={t('incentives.approval.subject', { title: round.title })}
          defaultLeader={office?.groupLeaderName ?? ''}
          onSave={record}
          onClose={() => setRecording(false)}
        />
      )}
      {withdrawing && (
        <ReasonModal
          title={t('incentives.approval.withdraw')}
          label={t('incentives.approval.withdrawReason')}
          onSave={async (reason) => {
            await roundApprovalRepo.withdrawSlip(round.id, reason);
          }}
          onClose={() => setWithdrawing(false)}
        />
      )}
    </Stack>
  );
}
