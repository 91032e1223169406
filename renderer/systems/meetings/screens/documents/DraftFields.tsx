import { Group, NumberInput, SegmentedControl, Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SecrecyLevel } from '../../../../../shared/core/common/secrecy';
import type { DraftsByRole, MeetingDocumentRole } from '../../../../../shared/systems/meetings/documents/drafts';
import type { OfficeSettings } from '../../../../../shared/core/office/office';
import type { AnyDraft } from './draftRoles';

interface Props {
  role: MeetingDocumentRole;
  draft: AnyDraft;
  onChange: (draft: AnyDraft) => void;
  secrecy: SecrecyLevel;
  office: OfficeSettings;
}

/** The editable parts of a draft: numbering and 版头 for plan and notice, attendance for minutes, 报尾 for bulletins. */
export function DraftFields({ role, draft, onChange, secrecy, office }: Props) {
  const { t } = useTranslation();
  const values = draft as unknown as Record<string, string | number>;
  const set = (field: string, value: string | number) => onChange({ ...draft, [field]: value } as AnyDraft);
  const text = (field: string, options: { required?: boolean } = {}) => (
    <TextInput
      label={t(`meetings.draft.${field}` as 'meetings.draft.title')}
      withAsterisk={options.required}
      value={String(values[field] ?? '')}
      onChange={(e) => set(field, e.currentTarget.value)}
    />
  );
  const area = (field: string, minRows: number, options: { required?: boolean; description?: string } = {}) => (
    <Textarea
      label={t(`meetings.draft.${field}` as 'meetings.draft.title')}
      description={options.description}
      withAsterisk={options.required}
      autosize
      minRows={minRows}
      maxRows={18}
      value={String(values[field] ?? '')}
      onChange={(e) => set(field, e.currentTarget.value)}
    />
  );
  const isGeneral = role === 'plan' || role === 'notice';
  const general = draft as DraftsByRole['plan'];
  return (
    <>
      {isGeneral && (
        <Group grow align="flex-end">
          <Select
            label={t('meetings.draft.prefix')}
            withAsterisk
            allowDeselect={false}
            data={office.documentPrefixes}
            value={general.prefix}
            onChange={(v) => v && set('prefix', v)}
          />
          <SegmentedControl
            aria-label={t('meetings.draft.issuer')}
            value={general.issuer}
            onChange={(v) => set('issuer', v)}
            data={[
              { value: 'office', label: t('documents.compose.issuer.office') },
              { value: 'leadingGroup', label: t('documents.compose.issuer.leadingGroup') },
            ]}
          />
        </Group>
      )}
      {text('title', { required: true })}
      {role === 'notice' && text('mainRecipients', { required: true })}
      {area('body', 10, { required: true, description: t('documents.compose.bodyHint') })}
      {role === 'minutes' && (
        <>
          {area('present', 2)}
          {area('onLeave', 1)}
          {area('attending', 1)}
        </>
      )}
      {role === 'bulletin' && (
        <Group grow align="flex-start">
          {text('reportTo')}
          {text('sendTo')}
          {text('distributeTo')}
          <NumberInput
            label={t('meetings.draft.copies')}
            min={1}
            max={9999}
            value={Number(values.copies)}
            onChange={(v) => set('copies', Number(v) || 0)}
          />
        </Group>
      )}
      {isGeneral && (
        <Group grow align="flex-start">
          {text('contact')}
          {text('cc')}
        </Group>
      )}
      {isGeneral && area('attachments', 1)}
      {role === 'minutes' && text('cc')}
      {(secrecy === 'secret' || secrecy === 'confidential') && text('secrecyTerm')}
    </>
  );
}
