import { Modal, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  type Platform,
  PLATFORMS,
  type PublicityInput,
  publicityInputSchema,
} from '../../../../../shared/systems/incentives/commendation';
import type { BonusRound } from '../../../../../shared/systems/incentives/round';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';
import { commendationRepo } from '../../data/commendationRepo';
import { validateWith } from '../common/validate';

/** 新媒体宣传推介 (S3-2.1.3): the seed's platforms or another, the piece's title, date and link as text. */
export function PublicityModal({
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
  const form = useForm<PublicityInput>({
    initialValues: {
      platform: 'haichengWeChat',
      platformName: '',
      title: '',
      publishedOn: '',
      linkText: '',
      unitIds: [...unitIds],
    },
    validate: validateWith(publicityInputSchema, t),
  });
  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      await commendationRepo.addPublicity(round.id, values);
      onClose();
    });
  });
  return (
    <Modal opened onClose={onClose} title={t('incentives.commend.addPublicity')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <Select
            label={t('incentives.commend.platform')}
            data={PLATFORMS.map((p) => ({ value: p, label: t(`incentives.commend.platforms.${p}`) }))}
            allowDeselect={false}
            {...form.getInputProps('platform')}
            onChange={(v) => v && form.setFieldValue('platform', v as Platform)}
          />
          {form.values.platform === 'other' && (
            <TextInput
              label={t('incentives.commend.platformName')}
              withAsterisk
              {...form.getInputProps('platformName')}
            />
          )}
          <TextInput label={t('incentives.commend.pieceTitle')} withAsterisk {...form.getInputProps('title')} />
          <TextInput
            type="date"
            label={t('incentives.commend.publishedOn')}
            withAsterisk
            {...form.getInputProps('publishedOn')}
          />
          <TextInput label={t('incentives.commend.linkText')} {...form.getInputProps('linkText')} />
          <MultiSelect
            label={t('incentives.commend.units')}
            data={unitIds.map((id) => ({ value: id, label: unitName(id) }))}
            withAsterisk
            {...form.getInputProps('unitIds')}
          />
          <FormActions onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
