import { Checkbox, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { BonusClaim } from '../../../../../shared/systems/incentives/claim';
import { type OpinionInput, opinionSchema } from '../../../../../shared/systems/incentives/review';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';
import { reviewRepo } from '../../data/reviewRepo';
import { validateWith } from '../common/validate';

/** 审核评定初步意见 (S3-3.2), and whether the office proposes the unit for the 表扬通报. */
export function OpinionModal({ claim, onClose }: { claim: BonusClaim; onClose: () => void }) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const form = useForm<OpinionInput>({
    initialValues: { opinion: claim.opinion, isCommended: claim.isCommended },
    validate: validateWith(opinionSchema, t),
  });
  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      await reviewRepo.writeOpinion(claim.id, values);
      onClose();
    });
  });
  return (
    <Modal opened onClose={onClose} title={t('incentives.review.opinionTitle')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <Textarea
            label={t('incentives.review.opinion')}
            withAsterisk
            autosize
            minRows={3}
            {...form.getInputProps('opinion')}
          />
          <Checkbox
            label={t('incentives.review.isCommended')}
            {...form.getInputProps('isCommended', { type: 'checkbox' })}
          />
          <FormActions onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
