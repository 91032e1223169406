import { Group, Modal, SegmentedControl, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../../shared/core/common/localDate';
import { CHANGE_REASON_MAX_CHARS } from '../../../../../shared/systems/incentives/change';
import type { BonusClaim } from '../../../../../shared/systems/incentives/claim';
import { LEVELS, type Level } from '../../../../../shared/systems/incentives/lines';
import { REVIEW_DECISIONS, type ReviewDecision } from '../../../../../shared/systems/incentives/review';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';
import { changesRepo } from '../../data/changesRepo';
import { lineLabel } from '../common/lineLabel';

interface Values {
  reason: string;
  foundOn: string;
  lineId: string;
  decision: ReviewDecision;
  acceptedLevel: Level | '';
  lineReason: string;
}

/**
 * Drafts a revocation (虚报、瞒报: the award and the round's eligibility go) or the correction of one
 * item's review, with what was found; it goes to the leader on a 呈批单 before anything changes.
 */
export function ChangeModal({
  claim,
  kind,
  onClose,
}: {
  claim: BonusClaim;
  kind: 'revocation' | 'correction';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const form = useForm<Values>({
    initialValues: {
      reason: '',
      foundOn: localDate(new Date()),
      lineId: '',
      decision: 'rejected',
      acceptedLevel: '',
      lineReason: '',
    },
  });
  const submit = form.onSubmit(async (v) => {
    await run(async () => {
      if (kind === 'revocation') await changesRepo.draftRevocation(claim.id, { reason: v.reason, foundOn: v.foundOn });
      else
        await changesRepo.draftCorrection(claim.id, {
          reason: v.reason,
          foundOn: v.foundOn,
          lines: [
            {
              lineId: v.lineId,
              review: {
                decision: v.decision,
                reason: v.lineReason,
                ...(v.acceptedLevel ? { acceptedLevel: v.acceptedLevel } : {}),
              },
            },
          ],
        });
      onClose();
    });
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(kind === 'revocation' ? 'incentives.change.revoke' : 'incentives.change.correct')}
      size="lg"
    >
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <Textarea
            label={t('incentives.change.reason')}
            withAsterisk
            autosize
            minRows={3}
            maxLength={CHANGE_REASON_MAX_CHARS}
            description={`${form.values.reason.length}/${CHANGE_REASON_MAX_CHARS}`}
            {...form.getInputProps('reason')}
          />
          <TextInput
            type="date"
            label={t('incentives.change.foundOn')}
            withAsterisk
            {...form.getInputProps('foundOn')}
          />
          {kind === 'correction' && (
            <>
              <Select
                label={t('incentives.change.linesToCorrect')}
                data={claim.lines.map((l) => ({ value: l.id, label: lineLabel(t, l) }))}
                withAsterisk
                {...form.getInputProps('lineId')}
              />
              <Group grow>
                <SegmentedControl
                  aria-label={t('incentives.review.decision')}
                  data={REVIEW_DECISIONS.map((d) => ({ value: d, label: t(`incentives.review.decisions.${d}`) }))}
                  {...form.getInputProps('decision')}
                />
                {form.values.decision === 'reduced' && (
                  <Select
                    aria-label={t('incentives.review.acceptedLevel')}
                    data={LEVELS.map((l) => ({ value: l, label: t(`incentives.level.${l}`) }))}
                    {...form.getInputProps('acceptedLevel')}
                  />
                )}
              </Group>
              <TextInput label={t('incentives.review.reason')} {...form.getInputProps('lineReason')} />
            </>
          )}
          <FormActions onCancel={onClose} color={kind === 'revocation' ? 'red' : undefined} />
        </Stack>
      </form>
    </Modal>
  );
}
