import { Autocomplete, Group, SegmentedControl, Select, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SECRECY_LEVELS } from '../../../shared/core/common/secrecy';
import type { ComposeValues } from './composeModel';
import { DateField } from '../ui/dates/DateField';

/** The fields of the chosen kind: general documents, letters and the two slips differ. */
export function ComposeFields({ form, prefixes }: { form: UseFormReturnType<ComposeValues>; prefixes: string[] }) {
  const { t } = useTranslation();
  const { kind } = form.values;
  const isGeneral = kind === 'notice' || kind === 'circular';
  const text = (field: keyof ComposeValues, options: { required?: boolean } = {}) => (
    <TextInput
      label={t(`documents.compose.fields.${field}` as 'documents.compose.fields.title')}
      withAsterisk={options.required}
      {...form.getInputProps(field)}
    />
  );
  const area = (
    field: keyof ComposeValues,
    minRows: number,
    options: { required?: boolean; description?: string } = {},
  ) => (
    <Textarea
      label={t(`documents.compose.fields.${field}` as 'documents.compose.fields.title')}
      description={options.description}
      withAsterisk={options.required}
      autosize
      minRows={minRows}
      maxRows={16}
      {...form.getInputProps(field)}
    />
  );
  return (
    <>
      <Group grow align="flex-start">
        <Autocomplete
          label={t('documents.compose.fields.prefix')}
          withAsterisk
          data={prefixes}
          {...form.getInputProps('prefix')}
        />
        <Select
          label={t('documents.columns.secrecy')}
          allowDeselect={false}
          data={SECRECY_LEVELS.map((s) => ({ value: s, label: t(`documents.secrecy.${s}`) }))}
          {...form.getInputProps('secrecy')}
        />
        {(form.values.secrecy === 'secret' || form.values.secrecy === 'confidential') && text('secrecyTerm')}
        <Select
          label={t('documents.compose.fields.urgency')}
          allowDeselect={false}
          data={(['none', 'urgent', 'extraUrgent'] as const).map((u) => ({
            value: u,
            label: t(`documents.urgency.${u}`),
          }))}
          {...form.getInputProps('urgency')}
        />
      </Group>
      {isGeneral && (
        <SegmentedControl
          aria-label={t('documents.compose.fields.issuer')}
          data={[
            { value: 'leadingGroup', label: t('documents.compose.issuer.leadingGroup') },
            { value: 'office', label: t('documents.compose.issuer.office') },
          ]}
          {...form.getInputProps('issuer')}
        />
      )}
      {(isGeneral || kind === 'letter') && (
        <>
          {text('title', { required: true })}
          {text('mainRecipients', { required: true })}
          {area('body', 8, { required: true, description: t('documents.compose.bodyHint') })}
          {isGeneral && area('attachments', 2)}
          {kind !== 'circular' && text('contact')}
          {isGeneral && text('cc')}
        </>
      )}
      {kind === 'supervisionSlip' && (
        <>
          {text('target', { required: true })}
          {area('matter', 3, { required: true })}
          {area('requirement', 3, { required: true })}
          <Group grow>
            <DateField
              label={t('documents.compose.fields.deadline')}
              withAsterisk
              {...form.getInputProps('deadline')}
            />
            <DateField label={t('documents.compose.fields.replyBy')} withAsterisk {...form.getInputProps('replyBy')} />
          </Group>
          {text('contact', { required: true })}
        </>
      )}
      {kind === 'approvalSlip' && (
        <>
          {text('subject', { required: true })}
          {area('proposal', 4, { required: true })}
          {text('contact', { required: true })}
        </>
      )}
    </>
  );
}
