import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { LeaderDecisionInput } from '../../../../shared/core/common/approval';
import type { Check } from '../../../../shared/systems/supervision/check';
import { checksRepo } from '../data/checksRepo';
import { documentIssuedOn } from '../../../core/data/decisionDate';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { LeaderDecisionModal } from '../../../core/ui/LeaderDecisionModal';
import { useErrorText } from '../../../core/ui/useErrorText';
import { OutputButtons } from './OutputButtons';
import type { useIssuedOutput } from './useIssuedOutput';

/** 报组长签批 (S2-5.1): the 呈批单 is printed, the leader signs on paper, staff record the decision. */
export function CheckApprovalSection({ check, out }: { check: Check; out: ReturnType<typeof useIssuedOutput> }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const office = useLiveQuery(() => settingsRepo.office(), []);
  const slipId = check.approvalSlipDocumentId;
  const slipOn = useLiveQuery(() => (slipId ? documentIssuedOn(slipId) : null), [slipId]);
  const [recording, setRecording] = useState(false);

  const submit = async () => {
    try {
      const issued = await checksRepo.submit(check.id);
      notifications.show({ color: 'green', message: t('supervision.approval.submitted', { number: issued.number }) });
      await out.issued('print', issued);
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e) });
    }
  };
  const record = async (input: LeaderDecisionInput) => {
    await checksRepo.recordDecision(check.id, input);
  };

  return (
    <Stack gap="xs">
      {check.status === 'draft' && (
        <>
          {check.decision?.decision === 'returned' && (
            <Alert color="yellow">
              {t('supervision.approval.returned', { by: check.decision.by, remark: check.decision.remark })}
            </Alert>
          )}
          <Text size="sm" c="dimmed">
            {t('supervision.approval.draftHint')}
          </Text>
          <Group>
            <Button onClick={() => void submit()}>{t('supervision.approval.submit')}</Button>
          </Group>
        </>
      )}
      {check.approvalSlipDocumentId && check.status !== 'draft' && (
        <Group>
          <Text size="sm">{t('supervision.approval.slip', { number: check.approvalSlipNumber })}</Text>
          <OutputButtons
            label={t('supervision.approval.slipName')}
            onOutput={(f) => void out.issued(f, check.approvalSlipDocumentId!)}
          />
        </Group>
      )}
      {check.status === 'submitted' && (
        <Group>
          <Text size="sm">{t('supervision.approval.waiting')}</Text>
          <Button variant="light" onClick={() => setRecording(true)}>
            {t('supervision.approval.record')}
          </Button>
        </Group>
      )}
      {check.decision && check.status !== 'draft' && (
        <Alert
          color={check.decision.decision === 'approved' ? 'green' : 'red'}
          title={t(`common.decision.values.${check.decision.decision}`)}
        >
          {t('supervision.approval.decided', {
            by: check.decision.by,
            on: check.decision.on,
            remark: check.decision.remark || t('supervision.approval.noRemark'),
          })}
        </Alert>
      )}
      {recording && (
        <LeaderDecisionModal
          subject={check.method === 'unannounced' ? t('supervision.approval.unannouncedSubject') : check.title}
          defaultLeader={office?.groupLeaderName ?? ''}
          issuedOn={slipOn}
          onSave={record}
          onClose={() => setRecording(false)}
        />
      )}
    </Stack>
  );
}
