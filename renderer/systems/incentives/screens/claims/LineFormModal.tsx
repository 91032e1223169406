import { Group, Modal, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  EVENT_FORMS,
  LEVELS,
  type LineFacts,
  lineFactsSchema,
  QUALIFICATIONS,
  RESULT_KINDS,
} from '../../../../../shared/systems/incentives/lines';
import { RULE_IDS } from '../../../../../shared/systems/incentives/rules';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';
import { claimsRepo } from '../../data/claimsRepo';
import { validateWith } from '../common/validate';
import { EMPTY_LINE, type LineFormValues, toFacts, toValues } from './lineForm';

/**
 * One bonus item with its own facts: a person (rules 1, 2), a talk or hosted event (3), an article
 * (4) or a result with its figures (5). Changing an item sends it back for review.
 */
export function LineFormModal({
  claimId,
  line,
  onClose,
}: {
  claimId: string;
  line: (LineFacts & { id: string }) | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const validate = validateWith(lineFactsSchema, t);
  const form = useForm<LineFormValues>({
    initialValues: line ? toValues(line) : EMPTY_LINE,
    validate: (values) => validate(toFacts(values)),
  });
  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      if (line) await claimsRepo.updateLine(claimId, line.id, toFacts(values));
      else await claimsRepo.addLine(claimId, toFacts(values));
      onClose();
    });
  });
  const rule = Number(form.values.rule);
  const options = <T extends string>(list: readonly T[], prefix: string) =>
    list.map((v) => ({ value: v, label: t(`${prefix}.${v}` as 'incentives.level.haicheng') }));
  const text = (field: keyof LineFormValues, required = true) => (
    <TextInput
      label={t(`incentives.line.${field}` as 'incentives.line.name')}
      withAsterisk={required}
      {...form.getInputProps(field)}
    />
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(line ? 'incentives.line.editTitle' : 'incentives.claim.addLine')}
      size="lg"
    >
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <Select
            label={t('incentives.line.rule')}
            data={RULE_IDS.map((id) => ({ value: String(id), label: t(`incentives.rule.${id}`) }))}
            allowDeselect={false}
            description={t(`incentives.ruleCap.${rule as 1}`)}
            {...form.getInputProps('rule')}
          />
          {(rule === 1 || rule === 2) && (
            <>
              <Group grow>
                {text('name')}
                {text('employer')}
              </Group>
              <Group grow align="flex-end">
                <Select
                  label={t('incentives.line.qualification')}
                  data={options(QUALIFICATIONS, 'incentives.qualification')}
                  allowDeselect={false}
                  {...form.getInputProps('qualification')}
                />
                <Switch
                  label={t('incentives.line.isFullTime')}
                  {...form.getInputProps('isFullTime', { type: 'checkbox' })}
                />
              </Group>
            </>
          )}
          {rule === 3 && (
            <>
              {text('meeting')}
              <Select
                label={t('incentives.line.form')}
                data={options(EVENT_FORMS, 'incentives.eventForm')}
                allowDeselect={false}
                {...form.getInputProps('form')}
              />
            </>
          )}
          {rule === 4 && (
            <>
              {text('title')}
              {text('outlet')}
            </>
          )}
          {(rule === 3 || rule === 4) && (
            <Select
              label={t('incentives.line.level')}
              data={options(LEVELS, 'incentives.level')}
              allowDeselect={false}
              {...form.getInputProps('level')}
            />
          )}
          {rule === 5 && (
            <>
              <Select
                label={t('incentives.line.kind')}
                data={options(RESULT_KINDS, 'incentives.resultKind')}
                allowDeselect={false}
                {...form.getInputProps('kind')}
              />
              {text('description')}
              {text('figures', false)}
            </>
          )}
          <TextInput type="date" label={t('incentives.line.on')} withAsterisk {...form.getInputProps('on')} />
          <FormActions onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
