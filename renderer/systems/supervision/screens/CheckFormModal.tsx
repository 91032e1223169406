import {
  Alert,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { ClosingMultiSelect } from '../../../core/ui/ClosingMultiSelect';
import { useForm } from '@mantine/form';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../shared/core/common/localDate';
import { SECRECY_LEVELS, type SecrecyLevel } from '../../../../shared/core/common/secrecy';
import { UNIT_KINDS, type UnitKind } from '../../../../shared/systems/registry';
import { type Check, CHECK_METHODS, type CheckMethod } from '../../../../shared/systems/supervision/check';
import { CONTENT_CATEGORIES, type ContentCategory } from '../../../../shared/systems/supervision/item';
import { checksRepo } from '../data/checksRepo';
import { unitsRepo } from '../../registry';
import { ErrorAlert } from '../../../core/ui/ErrorAlert';
import { FormActions } from '../../../core/ui/FormActions';
import { useActionError } from '../../../core/ui/useActionError';
import { checkInputOf, type CheckFormValues, formValuesOf, validateCheckForm } from './checkForm';
import { UnitsMultiSelect } from './UnitSelect';
import { DateField } from '../../../core/ui/dates/DateField';

/** 明确督查事项 (S2-4.1): content, targets, time and method; editable while a draft. */
export function CheckFormModal({
  check,
  onClose,
  onSaved,
}: {
  check: Check | null;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const towns = useLiveQuery(() => unitsRepo.listTowns(), []) ?? [];
  const form = useForm<CheckFormValues>({
    initialValues: formValuesOf(check, localDate(new Date())),
    validate: validateCheckForm(t),
  });
  const v = form.values;

  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      const saved = check
        ? await checksRepo.update(check.id, checkInputOf(values))
        : await checksRepo.create(checkInputOf(values));
      onClose();
      onSaved?.(saved.id);
    });
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={check ? t('supervision.checkForm.editTitle') : t('supervision.checkForm.title')}
      size="xl"
    >
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <TextInput
            label={t('supervision.fields.title')}
            placeholder={t('supervision.checkForm.titleHint')}
            withAsterisk
            {...form.getInputProps('title')}
          />
          <Select
            label={t('supervision.fields.category')}
            allowDeselect={false}
            data={CONTENT_CATEGORIES.map((c, i) => ({
              value: c,
              label: `${i + 1}. ${t(`supervision.category.${c}`)}`,
            }))}
            {...form.getInputProps('category')}
            onChange={(c) => form.setFieldValue('category', c as ContentCategory)}
          />
          <Textarea
            label={t('supervision.fields.content')}
            withAsterisk
            autosize
            minRows={2}
            {...form.getInputProps('content')}
          />
          <SegmentedControl
            aria-label={t('supervision.fields.method')}
            data={CHECK_METHODS.map((m) => ({ value: m, label: t(`supervision.method.${m}`) }))}
            {...form.getInputProps('method')}
            onChange={(m) => form.setFieldValue('method', m as CheckMethod)}
          />
          {v.method === 'unannounced' && <Alert color="yellow">{t('supervision.checkForm.unannouncedHint')}</Alert>}
          {v.method === 'thirdParty' && (
            <TextInput
              label={t('supervision.fields.thirdPartyName')}
              withAsterisk
              {...form.getInputProps('thirdPartyName')}
            />
          )}
          {v.method === 'random' ? (
            <SimpleGrid cols={2}>
              <ClosingMultiSelect
                label={t('supervision.checkForm.planKinds')}
                withAsterisk
                data={UNIT_KINDS.map((k) => ({ value: k, label: t(`registry.kinds.${k}`) }))}
                {...form.getInputProps('planKinds')}
                onChange={(k) => form.setFieldValue('planKinds', k as UnitKind[])}
              />
              {v.planKinds.includes('village') ? (
                <Select
                  label={t('supervision.checkForm.planTown')}
                  placeholder={t('supervision.checkForm.allTowns')}
                  clearable
                  data={towns.map((u) => ({ value: u.id, label: u.name }))}
                  {...form.getInputProps('planTownId')}
                />
              ) : (
                <div />
              )}
              <SegmentedControl
                aria-label={t('supervision.checkForm.planMode')}
                data={(['count', 'percent'] as const).map((m) => ({
                  value: m,
                  label: t(`supervision.checkForm.modes.${m}`),
                }))}
                {...form.getInputProps('planMode')}
                onChange={(m) => form.setFieldValue('planMode', m as 'count' | 'percent')}
              />
              <NumberInput
                label={
                  v.planMode === 'percent'
                    ? t('supervision.checkForm.planPercent')
                    : t('supervision.checkForm.planCount')
                }
                min={1}
                max={v.planMode === 'percent' ? 100 : 10000}
                {...form.getInputProps('planValue')}
              />
            </SimpleGrid>
          ) : (
            <UnitsMultiSelect
              label={t('supervision.fields.targets')}
              withAsterisk
              {...form.getInputProps('targetUnitIds')}
            />
          )}
          <SimpleGrid cols={3}>
            <DateField label={t('supervision.fields.startOn')} withAsterisk {...form.getInputProps('startOn')} />
            <DateField label={t('supervision.fields.endOn')} withAsterisk {...form.getInputProps('endOn')} />
            <Select
              label={t('supervision.fields.secrecy')}
              allowDeselect={false}
              data={SECRECY_LEVELS.map((s) => ({ value: s, label: t(`documents.secrecy.${s}`) }))}
              {...form.getInputProps('secrecy')}
              onChange={(s) => form.setFieldValue('secrecy', s as SecrecyLevel)}
            />
          </SimpleGrid>
          <FormActions onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
