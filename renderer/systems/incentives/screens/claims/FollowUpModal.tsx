import { Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../../shared/core/common/localDate';
import {
  FOLLOW_UP_FINDINGS,
  FOLLOW_UP_METHODS,
  type FollowUpInput,
  followUpInputSchema,
} from '../../../../../shared/systems/incentives/followUp';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';
import { followUpsRepo } from '../../data/followUpsRepo';
import { validateWith } from '../common/validate';

/** One 事后跟踪问效: when, how, and what was found (a note unless the claim was confirmed). */
export function FollowUpModal({ claimId, onClose }: { claimId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const form = useForm<FollowUpInput>({
    initialValues: { on: localDate(new Date()), method: 'visit', finding: 'confirmed', note: '' },
    validate: validateWith(followUpInputSchema, t),
  });
  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      await followUpsRepo.record(claimId, values);
      onClose();
    });
  });
  const options = <T extends string>(list: readonly T[], key: 'methods' | 'findings') =>
    list.map((v) => ({ value: v, label: t(`incentives.followUp.${key}.${v}` as 'incentives.followUp.methods.visit') }));
  return (
    <Modal opened onClose={onClose} title={t('incentives.followUp.record')}>
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <Group grow>
            <TextInput type="date" label={t('incentives.followUp.on')} withAsterisk {...form.getInputProps('on')} />
            <Select
              label={t('incentives.followUp.method')}
              data={options(FOLLOW_UP_METHODS, 'methods')}
              allowDeselect={false}
              {...form.getInputProps('method')}
            />
          </Group>
          <Select
            label={t('incentives.followUp.finding')}
            data={options(FOLLOW_UP_FINDINGS, 'findings')}
            allowDeselect={false}
            {...form.getInputProps('finding')}
          />
          <Textarea
            label={t('incentives.followUp.note')}
            withAsterisk={form.values.finding !== 'confirmed'}
            autosize
            minRows={2}
            {...form.getInputProps('note')}
          />
          <FormActions onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
