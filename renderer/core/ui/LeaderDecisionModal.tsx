import { Alert, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  decisionDateRule,
  DECISIONS,
  type Decision,
  type LeaderDecisionInput,
  leaderDecisionInputSchema,
} from '../../../shared/core/common/approval';
import { localDate } from '../../../shared/core/common/localDate';
import { ErrorAlert } from './ErrorAlert';
import { FormActions } from './FormActions';
import { useActionError } from './useActionError';
import { zodValidate } from './zodValidate';
import { DateField } from './dates/DateField';

interface Props {
  /** What was put to the leader, e.g. the meeting's topics or the check. */
  subject: string;
  /** The leader's name to offer (from the office settings). */
  defaultLeader: string;
  /** When the slip the leader answers was issued: the decision is dated between it and today. */
  issuedOn?: string | null;
  onSave: (input: LeaderDecisionInput) => Promise<void>;
  onClose: () => void;
}

/**
 * Staff type in what the leader wrote on the signed 呈批单: the decision, who, when and the
 * remark. A rejection or a return needs the remark, since it is what sends the work back.
 */
export function LeaderDecisionModal({ subject, defaultLeader, issuedOn, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const today = localDate(new Date());
  const schemaErrors = zodValidate(leaderDecisionInputSchema, t);
  const form = useForm<LeaderDecisionInput>({
    initialValues: { decision: 'approved', by: defaultLeader, on: today, remark: '' },
    validate: (values) => {
      const errors = schemaErrors(values);
      const rule = errors.on ? null : decisionDateRule(values.on, localDate(new Date()), issuedOn);
      return rule ? { ...errors, on: t(`common.rules.${rule}`) } : errors;
    },
  });

  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      await onSave(values);
      onClose();
    });
  });

  return (
    <Modal opened onClose={onClose} title={t('common.decision.title')}>
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm">{subject}</Text>
          <ErrorAlert error={error} />
          <SegmentedControl
            aria-label={t('common.decision.decision')}
            data={DECISIONS.map((d) => ({ value: d, label: t(`common.decision.values.${d}`) }))}
            {...form.getInputProps('decision')}
            onChange={(v) => form.setFieldValue('decision', v as Decision)}
          />
          {/* No leader's name in the settings: say which setting would fill it. */}
          {!defaultLeader.trim() && (
            <Alert color="yellow" p="xs">
              {t('common.decision.leaderUnset')}
            </Alert>
          )}
          <Group grow>
            <TextInput label={t('common.decision.by')} withAsterisk {...form.getInputProps('by')} />
            <DateField
              label={t('common.decision.on')}
              withAsterisk
              minDate={issuedOn ?? undefined}
              maxDate={today}
              {...form.getInputProps('on')}
            />
          </Group>
          <Textarea
            label={t('common.decision.remark')}
            withAsterisk={form.values.decision !== 'approved'}
            autosize
            minRows={2}
            {...form.getInputProps('remark')}
          />
          <FormActions onCancel={onClose} submitLabel={t('common.decision.record')} />
        </Stack>
      </form>
    </Modal>
  );
}
