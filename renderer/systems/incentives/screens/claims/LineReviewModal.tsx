import { Checkbox, Modal, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ClaimLine } from '../../../../../shared/systems/incentives/claim';
import { LEVELS } from '../../../../../shared/systems/incentives/lines';
import {
  REVIEW_DECISIONS,
  type LineReviewInput,
  lineReviewInputSchema,
} from '../../../../../shared/systems/incentives/review';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';
import { reviewRepo } from '../../data/reviewRepo';
import { lineLabel } from '../common/lineLabel';
import { validateWith } from '../common/validate';

/**
 * 审核 one item: accept, reduce (an article accepted at 海城市级) or reject, with a reason unless
 * simply accepted; a possible duplicate counts only when the reviewer records it is not the same.
 */
export function LineReviewModal({
  claimId,
  line,
  hasTwins,
  onClose,
}: {
  claimId: string;
  line: ClaimLine;
  hasTwins: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const form = useForm<LineReviewInput>({
    initialValues: line.review
      ? {
          decision: line.review.decision,
          reason: line.review.reason,
          acceptedLevel: line.review.acceptedLevel,
          isDistinct: line.review.isDistinct,
        }
      : { decision: 'accepted', reason: '', isDistinct: false },
    validate: validateWith(lineReviewInputSchema, t),
  });
  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      await reviewRepo.reviewLine(claimId, line.id, values);
      onClose();
    });
  });
  return (
    <Modal opened onClose={onClose} title={t('incentives.review.title')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm">{lineLabel(t, line)}</Text>
          <ErrorAlert error={error} />
          <SegmentedControl
            aria-label={t('incentives.review.decision')}
            data={REVIEW_DECISIONS.map((d) => ({ value: d, label: t(`incentives.review.decisions.${d}`) }))}
            {...form.getInputProps('decision')}
          />
          {form.values.decision === 'reduced' && (
            <Select
              label={t('incentives.review.acceptedLevel')}
              data={LEVELS.map((l) => ({ value: l, label: t(`incentives.level.${l}`) }))}
              {...form.getInputProps('acceptedLevel')}
            />
          )}
          {hasTwins && form.values.decision !== 'rejected' && (
            <Checkbox
              label={t('incentives.review.isDistinct')}
              {...form.getInputProps('isDistinct', { type: 'checkbox' })}
            />
          )}
          <Textarea
            label={t('incentives.review.reason')}
            withAsterisk={form.values.decision !== 'accepted' || !!form.values.isDistinct}
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
          />
          <FormActions onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
