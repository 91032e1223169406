import { Modal, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { SECRECY_LEVELS, type SecrecyLevel } from '../../../../../shared/core/common/secrecy';
import type { BonusRound } from '../../../../../shared/systems/incentives/round';
import { settingsRepo } from '../../../../core/data/settingsRepo';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';
import { commendationRepo } from '../../data/commendationRepo';
import type { Output } from '../common/useOutput';

/** 印发表扬通报: which 发文字号 series, its 密级 and any closing paragraph; numbered once, then printed. */
export function CircularModal({ round, onClose, out }: { round: BonusRound; onClose: () => void; out: Output }) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const office = useLiveQuery(() => settingsRepo.office(), []);
  const prefixes = office?.documentPrefixes ?? [];
  const form = useForm<{ prefix: string; secrecy: SecrecyLevel; extra: string }>({
    initialValues: { prefix: '', secrecy: 'public', extra: '' },
  });
  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      const issued = await commendationRepo.issueCircular(round.id, {
        ...values,
        prefix: values.prefix || prefixes[prefixes.length - 1] || '',
      });
      notifications.show({ color: 'green', message: t('incentives.commend.issued', { number: issued.number }) });
      onClose();
      await out.registered('print', issued.id);
    });
  });
  return (
    <Modal opened onClose={onClose} title={t('incentives.commend.issueCircular')}>
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <Select
            label={t('incentives.commend.prefix')}
            data={prefixes}
            placeholder={prefixes[prefixes.length - 1]}
            {...form.getInputProps('prefix')}
          />
          <Select
            label={t('incentives.commend.secrecy')}
            data={SECRECY_LEVELS.map((s) => ({ value: s, label: t(`documents.secrecy.${s}`) }))}
            allowDeselect={false}
            {...form.getInputProps('secrecy')}
          />
          <Textarea label={t('incentives.commend.extra')} autosize minRows={2} {...form.getInputProps('extra')} />
          <FormActions onCancel={onClose} submitLabel={t('incentives.commend.issueCircular')} />
        </Stack>
      </form>
    </Modal>
  );
}
