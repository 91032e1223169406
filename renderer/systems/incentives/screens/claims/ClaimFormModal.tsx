import { Checkbox, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../../shared/core/common/localDate';
import {
  ACHIEVEMENT_KINDS,
  type BonusClaim,
  type ClaimInput,
  claimInputSchema,
} from '../../../../../shared/systems/incentives/claim';
import type { BonusRound } from '../../../../../shared/systems/incentives/round';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';
import { claimsRepo } from '../../data/claimsRepo';
import { useUnits } from '../common/hooks';
import { validateWith } from '../common/validate';

/**
 * 激励奖励申请 as it came in on paper (S3-3.1): the unit, the day received, the achievements it
 * claims (the seed's five), its main results and who signed its declaration of truth (S3-4.2).
 * Bonus items are added one by one on the application's page.
 */
export function ClaimFormModal({
  round,
  claim,
  onClose,
  onSaved,
}: {
  round: BonusRound;
  claim: BonusClaim | null;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const units = useUnits();
  const { error, run } = useActionError();
  const today = localDate(new Date());
  const form = useForm<ClaimInput>({
    initialValues: claim
      ? { ...claim, lines: [] }
      : {
          roundId: round.id,
          unitId: '',
          receivedOn: today < round.closesOn ? today : round.closesOn,
          kinds: [],
          summary: '',
          declaration: { signedBy: '', signedOn: today },
          lines: [],
        },
    validate: validateWith(claimInputSchema, t),
  });
  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      const saved = claim
        ? await claimsRepo.updateHeader(claim.id, {
            receivedOn: values.receivedOn,
            kinds: values.kinds,
            summary: values.summary,
            declaration: values.declaration,
          })
        : await claimsRepo.create(values);
      onSaved?.(saved.id);
      onClose();
    });
  });
  return (
    <Modal opened onClose={onClose} title={t(claim ? 'incentives.claim.editHeader' : 'incentives.claim.new')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <Select
            label={t('incentives.claim.unit')}
            data={units.options}
            searchable
            disabled={!!claim}
            withAsterisk
            {...form.getInputProps('unitId')}
          />
          <TextInput
            type="date"
            label={t('incentives.claim.receivedOn')}
            withAsterisk
            {...form.getInputProps('receivedOn')}
          />
          <Checkbox.Group label={t('incentives.claim.kinds')} withAsterisk {...form.getInputProps('kinds')}>
            <Stack gap={4} mt={4}>
              {ACHIEVEMENT_KINDS.map((k) => (
                <Checkbox key={k} value={k} label={t(`incentives.achievement.${k}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Textarea
            label={t('incentives.claim.summary')}
            withAsterisk
            autosize
            minRows={3}
            {...form.getInputProps('summary')}
          />
          <Group grow>
            <TextInput
              label={t('incentives.claim.declaredBy')}
              withAsterisk
              {...form.getInputProps('declaration.signedBy')}
            />
            <TextInput
              type="date"
              label={t('incentives.claim.declaredOn')}
              withAsterisk
              {...form.getInputProps('declaration.signedOn')}
            />
          </Group>
          <FormActions onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
