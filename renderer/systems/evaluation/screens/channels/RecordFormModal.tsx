import {
  Checkbox,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../../shared/core/common/localDate';
import {
  EVENT_KINDS,
  isLoopChannel,
  recordInputSchema,
  type EventKind,
  type RecordChannel,
  type RecordInput,
  type Rating,
} from '../../../../../shared/systems/evaluation';
import { getSession } from '../../../../core/data/session';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';
import { zodValidate } from '../../../../core/ui/zodValidate';
import { recordsRepo } from '../../data/recordsRepo';
import { TalentPicker, UnitsPicker } from '../UnitPicker';
import type { Names } from '../useNames';
import { RatingsEditor } from './RatingsEditor';

/**
 * 登记: one record of a channel. The hotline's form is short enough to fill during the call: what
 * the caller wants, who they are (or a number to call back), which units it concerns; Ctrl+Enter
 * saves. Other channels add the talent's ratings with their words.
 */
export function RecordFormModal({
  channel,
  names,
  onClose,
}: {
  channel: RecordChannel;
  names: Names;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const isLoop = isLoopChannel(channel);
  const form = useForm<
    RecordInput & { ratings: Rating[]; unitIds: string[]; contentIds: string[]; attendeeIds: string[] }
  >({
    initialValues: {
      channel,
      on: localDate(new Date()),
      staffName: getSession()?.displayName ?? '',
      talentId: null,
      contact: '',
      eventKind: channel === 'event' ? 'salon' : undefined,
      title: '',
      attendeeIds: [],
      attendeeCount: 0,
      summary: '',
      unitIds: [],
      contentIds: isLoop ? ['performance'] : [],
      ratings: [],
      secrecy: 'internal',
    },
    validate: zodValidate(recordInputSchema, t),
  });
  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      await recordsRepo.create(values);
      notifications.show({ color: 'green', message: t('evaluation.record.saved') });
      onClose();
    });
  });
  return (
    <Modal opened onClose={onClose} title={t(`evaluation.record.new.${channel}`)} size="xl">
      <form onSubmit={submit} onKeyDown={(e) => e.key === 'Enter' && e.ctrlKey && void submit()}>
        <Stack>
          <ErrorAlert error={error} />
          <SimpleGrid cols={3}>
            <TextInput type="date" label={t('evaluation.fields.on')} withAsterisk {...form.getInputProps('on')} />
            <TextInput label={t('evaluation.fields.staffName')} withAsterisk {...form.getInputProps('staffName')} />
            <TalentPicker names={names} label={t('evaluation.fields.talentId')} {...form.getInputProps('talentId')} />
          </SimpleGrid>
          {channel === 'event' && (
            <SimpleGrid cols={3}>
              <Select
                label={t('evaluation.fields.eventKind')}
                allowDeselect={false}
                data={EVENT_KINDS.map((k) => ({ value: k, label: t(`evaluation.eventKinds.${k}`) }))}
                {...form.getInputProps('eventKind')}
                onChange={(v) => form.setFieldValue('eventKind', v as EventKind)}
              />
              <TextInput label={t('evaluation.fields.title')} withAsterisk {...form.getInputProps('title')} />
              <NumberInput
                label={t('evaluation.fields.attendeeCount')}
                min={0}
                {...form.getInputProps('attendeeCount')}
              />
            </SimpleGrid>
          )}
          {channel === 'event' && (
            <MultiSelect
              searchable
              label={t('evaluation.fields.attendeeIds')}
              data={names.talents.map((p) => ({ value: p.id, label: p.name }))}
              {...form.getInputProps('attendeeIds')}
            />
          )}
          {isLoop && (
            <TextInput
              label={t('evaluation.fields.contact')}
              description={t('evaluation.record.contactHint')}
              {...form.getInputProps('contact')}
            />
          )}
          <Textarea
            data-autofocus
            label={t(`evaluation.record.summary.${isLoop ? 'loop' : 'other'}`)}
            withAsterisk={isLoop}
            autosize
            minRows={isLoop ? 3 : 2}
            {...form.getInputProps('summary')}
          />
          <SimpleGrid cols={2}>
            <UnitsPicker names={names} label={t('evaluation.fields.unitIds')} {...form.getInputProps('unitIds')} />
            <Checkbox.Group label={t('evaluation.fields.contentIds')} {...form.getInputProps('contentIds')}>
              <Stack gap={4} mt={4}>
                {names.contentOptions.map((o) => (
                  <Checkbox key={o.value} value={o.value} label={o.label} />
                ))}
              </Stack>
            </Checkbox.Group>
          </SimpleGrid>
          <RatingsEditor
            names={names}
            value={form.values.ratings}
            onChange={(next) => form.setFieldValue('ratings', next)}
            error={form.errors.ratings as string | undefined}
          />
          <FormActions onCancel={onClose} submitLabel={t('evaluation.record.save')} />
        </Stack>
      </form>
    </Modal>
  );
}
