import { Group, Modal, NumberInput, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  type BonusRound,
  ROUND_KINDS,
  type RoundInput,
  roundInputSchema,
} from '../../../../../shared/systems/incentives/round';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';
import { roundsRepo } from '../../data/roundsRepo';
import { validateWith } from '../common/validate';

/** 评定: the year its points count in, annual or special (with its work), and the application window. */
export function RoundFormModal({
  round,
  year,
  onClose,
  onSaved,
}: {
  round: BonusRound | null;
  year: number;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const form = useForm<RoundInput>({
    initialValues: round
      ? {
          year: round.year,
          kind: round.kind,
          title: round.title,
          subject: round.subject,
          opensOn: round.opensOn,
          closesOn: round.closesOn,
        }
      : { year, kind: 'annual', title: '', subject: '', opensOn: '', closesOn: '' },
    validate: validateWith(roundInputSchema, t),
  });
  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      const saved = round ? await roundsRepo.update(round.id, values) : await roundsRepo.create(values);
      onSaved?.(saved.id);
      onClose();
    });
  });
  return (
    <Modal opened onClose={onClose} title={t(round ? 'incentives.round.edit' : 'incentives.round.new')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <Group grow>
            <NumberInput
              label={t('incentives.fields.year')}
              withAsterisk
              min={2021}
              max={2100}
              {...form.getInputProps('year')}
            />
            <SegmentedControl
              aria-label={t('incentives.round.kind')}
              data={ROUND_KINDS.map((k) => ({ value: k, label: t(`incentives.round.kinds.${k}`) }))}
              {...form.getInputProps('kind')}
            />
          </Group>
          <TextInput
            label={t('incentives.fields.title')}
            placeholder={t('incentives.round.titlePlaceholder')}
            withAsterisk
            {...form.getInputProps('title')}
          />
          {form.values.kind === 'special' && (
            <TextInput
              label={t('incentives.fields.subject')}
              description={t('incentives.round.subjectHint')}
              withAsterisk
              {...form.getInputProps('subject')}
            />
          )}
          <Group grow>
            <TextInput
              type="date"
              label={t('incentives.fields.opensOn')}
              withAsterisk
              {...form.getInputProps('opensOn')}
            />
            <TextInput
              type="date"
              label={t('incentives.fields.closesOn')}
              withAsterisk
              {...form.getInputProps('closesOn')}
            />
          </Group>
          <FormActions onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
