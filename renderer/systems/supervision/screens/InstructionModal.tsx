import { useEffect } from 'react';
import { Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { addDays, localDate } from '../../../../shared/core/common/localDate';
import { SECRECY_LEVELS, type SecrecyLevel } from '../../../../shared/core/common/secrecy';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../../shared/systems/supervision/deadline';
import { CONTENT_CATEGORIES, type ContentCategory } from '../../../../shared/systems/supervision/item';
import {
  type InstructionInput,
  instructionInputSchema,
  MATTER_MAX_CHARS,
  REQUIREMENT_MAX_CHARS,
} from '../../../../shared/systems/supervision/itemInput';
import { supervisionItemsCreateRepo } from '../data/supervisionItemsCreateRepo';
import { supervisionSettingsRepo } from '../data/supervisionSettingsRepo';
import { ErrorAlert } from '../../../core/ui/ErrorAlert';
import { FormActions } from '../../../core/ui/FormActions';
import { useActionError } from '../../../core/ui/useActionError';
import { zodValidate } from '../../../core/ui/zodValidate';
import { charCount } from './charCount';
import { UnitsMultiSelect } from './UnitSelect';
import { DateField } from '../../../core/ui/dates/DateField';

/** 领导批示 entered as items (S2-2.3): who instructed, when, in which document, and for whom. */
export function InstructionModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const today = localDate(new Date());
  const due = addDays(today, DEFAULT_DEADLINE_SETTINGS.defaultTermDays);
  const form = useForm<InstructionInput>({
    initialValues: {
      by: '',
      on: today,
      ref: '',
      category: 'leaderInstructions',
      matter: '',
      requirement: '',
      unitIds: [],
      dueOn: due,
      replyBy: due,
      secrecy: 'internal',
    },
    validate: zodValidate(instructionInputSchema, t),
  });

  // The proposed deadline follows the office's default term from Settings.
  useEffect(() => {
    void supervisionSettingsRepo.deadlines().then((s) => {
      const proposed = addDays(today, s.defaultTermDays);
      if (!form.isTouched('dueOn')) form.setValues({ dueOn: proposed, replyBy: proposed });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      const items = await supervisionItemsCreateRepo.createInstruction(values);
      notifications.show({ color: 'green', message: t('supervision.instruction.saved', { count: items.length }) });
      onClose();
    });
  });

  return (
    <Modal opened onClose={onClose} title={t('supervision.instruction.title')} size="xl">
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <SimpleGrid cols={3}>
            <TextInput label={t('supervision.instruction.by')} withAsterisk {...form.getInputProps('by')} />
            <DateField label={t('supervision.instruction.on')} withAsterisk {...form.getInputProps('on')} />
            <Select
              label={t('supervision.fields.category')}
              allowDeselect={false}
              data={CONTENT_CATEGORIES.map((c) => ({ value: c, label: t(`supervision.category.${c}`) }))}
              {...form.getInputProps('category')}
              onChange={(v) => form.setFieldValue('category', v as ContentCategory)}
            />
          </SimpleGrid>
          <TextInput
            label={t('supervision.instruction.ref')}
            placeholder={t('supervision.instruction.refHint')}
            withAsterisk
            {...form.getInputProps('ref')}
          />
          <Textarea
            label={t('supervision.fields.matter')}
            description={charCount(t, form.values.matter, MATTER_MAX_CHARS)}
            withAsterisk
            autosize
            minRows={2}
            {...form.getInputProps('matter')}
          />
          <Textarea
            label={t('supervision.fields.requirement')}
            description={charCount(t, form.values.requirement, REQUIREMENT_MAX_CHARS)}
            autosize
            minRows={2}
            {...form.getInputProps('requirement')}
          />
          <UnitsMultiSelect label={t('supervision.fields.units')} withAsterisk {...form.getInputProps('unitIds')} />
          <SimpleGrid cols={3}>
            <DateField label={t('supervision.fields.dueOn')} withAsterisk {...form.getInputProps('dueOn')} />
            <DateField label={t('supervision.fields.replyBy')} withAsterisk {...form.getInputProps('replyBy')} />
            <Select
              label={t('supervision.fields.secrecy')}
              allowDeselect={false}
              data={SECRECY_LEVELS.map((s) => ({ value: s, label: t(`documents.secrecy.${s}`) }))}
              {...form.getInputProps('secrecy')}
              onChange={(v) => form.setFieldValue('secrecy', v as SecrecyLevel)}
            />
          </SimpleGrid>
          <FormActions onCancel={onClose} submitLabel={t('supervision.instruction.save')} />
        </Stack>
      </form>
    </Modal>
  );
}
