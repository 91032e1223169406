import { Group, Modal, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { SECRECY_LEVELS, type SecrecyLevel } from '../../../../../shared/core/common/secrecy';
import {
  type AgendaItem,
  TOPIC_KINDS,
  type TopicInput,
  type TopicKind,
  topicInputSchema,
} from '../../../../../shared/systems/meetings/topic';
import { meetingTopicsRepo } from '../../data/meetingTopicsRepo';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';
import { zodValidate } from '../../../../core/ui/zodValidate';
import { UnitsMultiSelect } from '../UnitsMultiSelect';
import { useMeetingUnits } from '../useMeetingData';

const OFFICE = '';

function initialValues(topic: AgendaItem | null): TopicInput {
  if (!topic)
    return {
      kind: 'reportDeploy',
      title: '',
      presenterUnitId: null,
      secrecy: 'internal',
      summary: '',
      sourceDocument: '',
      reportingUnitIds: [],
      documentTitles: [],
    };
  return {
    kind: topic.kind,
    title: topic.title,
    presenterUnitId: topic.presenterUnitId,
    secrecy: topic.secrecy,
    summary: topic.summary,
    sourceDocument: topic.sourceDocument,
    reportingUnitIds: topic.reportingUnits.map((u) => u.unitId),
    documentTitles: topic.documents.map((d) => d.title),
  };
}

/** A topic of one of the seed's six kinds, with the fields its kind needs. */
export function TopicFormModal({
  meetingId,
  topic,
  onClose,
}: {
  meetingId: string;
  topic: AgendaItem | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const units = useMeetingUnits();
  const { error, run } = useActionError();
  const form = useForm<TopicInput>({ initialValues: initialValues(topic), validate: zodValidate(topicInputSchema, t) });
  const { kind } = form.values;

  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      if (topic) await meetingTopicsRepo.update(topic.id, values);
      else await meetingTopicsRepo.add(meetingId, values);
      onClose();
    });
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(topic ? 'meetings.topics.editTitle' : 'meetings.topics.addTitle')}
      size="lg"
    >
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <Select
            label={t('meetings.fields.kind')}
            allowDeselect={false}
            data={TOPIC_KINDS.map((k) => ({ value: k, label: t(`meetings.topicKinds.${k}`) }))}
            {...form.getInputProps('kind')}
            onChange={(v) => form.setFieldValue('kind', v as TopicKind)}
          />
          <TextInput label={t('meetings.fields.topicTitle')} withAsterisk {...form.getInputProps('title')} />
          {kind === 'convey' && (
            <TextInput
              label={t('meetings.fields.sourceDocument')}
              description={t('meetings.topics.sourceHint')}
              withAsterisk
              {...form.getInputProps('sourceDocument')}
            />
          )}
          {kind === 'progressReports' && (
            <UnitsMultiSelect
              label={t('meetings.fields.reportingUnitIds')}
              description={t('meetings.topics.reportersPresent')}
              withAsterisk
              {...form.getInputProps('reportingUnitIds')}
            />
          )}
          <Group grow align="flex-start">
            {kind !== 'progressReports' && (
              <Select
                label={t('meetings.fields.presenter')}
                searchable
                allowDeselect={false}
                data={[
                  { value: OFFICE, label: t('meetings.topics.office') },
                  ...units.map((u) => ({ value: u.id, label: u.name })),
                ]}
                value={form.values.presenterUnitId ?? OFFICE}
                onChange={(v) => form.setFieldValue('presenterUnitId', v ? v : null)}
              />
            )}
            <Select
              label={t('meetings.fields.secrecy')}
              allowDeselect={false}
              data={SECRECY_LEVELS.map((s) => ({ value: s, label: t(`documents.secrecy.${s}`) }))}
              {...form.getInputProps('secrecy')}
              onChange={(v) => form.setFieldValue('secrecy', v as SecrecyLevel)}
            />
          </Group>
          <Textarea
            label={t('meetings.fields.summary')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('summary')}
          />
          <TagsInput
            label={t('meetings.fields.documentTitles')}
            description={t('meetings.topics.documentsHint')}
            splitChars={['\n']}
            {...form.getInputProps('documentTitles')}
          />
          <FormActions onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
