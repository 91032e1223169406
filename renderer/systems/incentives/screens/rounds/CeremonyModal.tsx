import { Modal, MultiSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type CeremonyInput, ceremonyInputSchema } from '../../../../../shared/systems/incentives/commendation';
import type { BonusRound } from '../../../../../shared/systems/incentives/round';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';
import { commendationRepo } from '../../data/commendationRepo';
import { validateWith } from '../common/validate';

/** 成果表彰会 (S3-2.1.1) in the Leading Group's name: when, where, whom it commended, and its decision. */
export function CeremonyModal({
  round,
  unitIds,
  unitName,
  onClose,
}: {
  round: BonusRound;
  unitIds: readonly string[];
  unitName: (id: string) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const form = useForm<CeremonyInput>({
    initialValues: round.ceremony ?? { title: '', heldOn: '', place: '', unitIds: [...unitIds], decision: '' },
    validate: validateWith(ceremonyInputSchema, t),
  });
  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      await commendationRepo.recordCeremony(round.id, values);
      onClose();
    });
  });
  return (
    <Modal opened onClose={onClose} title={t('incentives.commend.recordCeremony')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <TextInput label={t('incentives.commend.ceremonyTitle')} withAsterisk {...form.getInputProps('title')} />
          <TextInput
            type="date"
            label={t('incentives.commend.heldOn')}
            withAsterisk
            {...form.getInputProps('heldOn')}
          />
          <TextInput label={t('incentives.commend.place')} withAsterisk {...form.getInputProps('place')} />
          <MultiSelect
            label={t('incentives.commend.units')}
            data={unitIds.map((id) => ({ value: id, label: unitName(id) }))}
            withAsterisk
            {...form.getInputProps('unitIds')}
          />
          <TextInput label={t('incentives.commend.decision')} withAsterisk {...form.getInputProps('decision')} />
          <FormActions onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
