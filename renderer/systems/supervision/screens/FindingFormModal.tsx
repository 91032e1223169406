import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { addDays, localDate } from '../../../../shared/core/common/localDate';
import type { Check } from '../../../../shared/systems/supervision/check';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../../shared/systems/supervision/deadline';
import {
  FINDING_METHODS,
  FINDING_RATINGS,
  type FindingInput,
  findingInputSchema,
  type FindingRating,
} from '../../../../shared/systems/supervision/finding';
import { MATTER_MAX_CHARS, REQUIREMENT_MAX_CHARS } from '../../../../shared/systems/supervision/itemInput';
import { checkFindingsRepo } from '../data/checkFindingsRepo';
import { checkRunRepo } from '../data/checkRunRepo';
import { supervisionSettingsRepo } from '../data/supervisionSettingsRepo';
import { ErrorAlert } from '../../../core/ui/ErrorAlert';
import { FormActions } from '../../../core/ui/FormActions';
import { useActionError } from '../../../core/ui/useActionError';
import { zodValidate } from '../../../core/ui/zodValidate';
import { charCount } from './charCount';
import { useUnits } from './useUnitNames';
import { DateField } from '../../../core/ui/dates/DateField';

type Values = Omit<FindingInput, 'matters' | 'goodPractice' | 'rating'> & {
  /** '' until the worker chooses: a preset 好 was saved on findings nobody rated. */
  rating: FindingRating | '';
  goodPractice: string;
  matters: NonNullable<FindingInput['matters']>;
};

/** 实地督查 at one target (S2-4.3): what was seen and how, the rating, and the matters left undone. */
export function FindingFormModal({
  check,
  recorded = [],
  onClose,
}: {
  check: Check;
  /** Targets whose findings are in: the form opens at the first target not yet recorded. */
  recorded?: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const units = useUnits(check.targetUnitIds);
  const settings = useLiveQuery(() => supervisionSettingsRepo.deadlines(), []) ?? DEFAULT_DEADLINE_SETTINGS;
  const today = localDate(new Date());
  // A drawn village with its town, as the draw names it (two towns may each have a 东关村).
  const targetName = (id: string) =>
    check.draw?.candidates.find((c) => c.unitId === id)?.name ?? units.get(id)?.name ?? id;
  const form = useForm<Values>({
    initialValues: {
      unitId: check.targetUnitIds.find((id) => !recorded.includes(id)) ?? '',
      visitedOn: today,
      // None ticked: the worker ticks the ways actually used. All three ticked by default made a click on
      // 实地察看 untick it, and the record then claimed ways that never happened.
      methods: [],
      observed: '',
      rating: '',
      goodPractice: '',
      matters: [],
    },
    validate: zodValidate(findingInputSchema, t),
  });
  const addMatter = () => {
    const dueOn = addDays(form.values.visitedOn || today, settings.defaultTermDays);
    form.insertListItem('matters', { matter: '', requirement: '', dueOn, replyBy: dueOn });
  };
  const submit = form.onSubmit(async (values) => {
    await run(async () => {
      // The first finding of a check ready to start starts it (the repository still refuses one not signed).
      if (check.status !== 'underway') await checkRunRepo.start(check.id);
      await checkFindingsRepo.add(check.id, values as FindingInput); // validated: a rating was chosen
      onClose();
    });
  });

  return (
    <Modal opened onClose={onClose} title={t('supervision.findings.title')} size="xl">
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <SimpleGrid cols={2}>
            <Select
              label={t('supervision.findings.unit')}
              withAsterisk
              allowDeselect={false}
              data={check.targetUnitIds.map((id) => ({ value: id, label: targetName(id) }))}
              {...form.getInputProps('unitId')}
            />
            <DateField label={t('supervision.findings.visitedOn')} withAsterisk {...form.getInputProps('visitedOn')} />
          </SimpleGrid>
          <Checkbox.Group
            label={t('supervision.findings.methods')}
            description={t('supervision.findings.methodsHint')}
            withAsterisk
            {...form.getInputProps('methods')}
          >
            <Group mt={4}>
              {FINDING_METHODS.map((m) => (
                <Checkbox key={m} value={m} label={t(`supervision.findingMethod.${m}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Textarea
            label={t('supervision.findings.observed')}
            withAsterisk
            autosize
            minRows={3}
            {...form.getInputProps('observed')}
          />
          <Radio.Group label={t('supervision.findings.rating')} withAsterisk {...form.getInputProps('rating')}>
            <Group mt={4}>
              {FINDING_RATINGS.map((r) => (
                <Radio key={r} value={r} label={t(`supervision.rating.${r}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={t('supervision.findings.goodPractice')}
            autosize
            minRows={1}
            {...form.getInputProps('goodPractice')}
          />
          {form.values.matters.map((_, i) => (
            <Fieldset key={i} legend={t('supervision.findings.matterN', { n: i + 1 })}>
              <Group align="flex-start" wrap="nowrap">
                <Stack gap="xs" style={{ flex: 1 }}>
                  <TextInput
                    label={t('supervision.fields.matter')}
                    description={charCount(t, form.values.matters[i].matter, MATTER_MAX_CHARS)}
                    withAsterisk
                    {...form.getInputProps(`matters.${i}.matter`)}
                  />
                  <Textarea
                    label={t('supervision.fields.requirement')}
                    description={charCount(t, form.values.matters[i].requirement, REQUIREMENT_MAX_CHARS)}
                    autosize
                    minRows={1}
                    {...form.getInputProps(`matters.${i}.requirement`)}
                  />
                  <SimpleGrid cols={2}>
                    <DateField
                      label={t('supervision.fields.dueOn')}
                      withAsterisk
                      {...form.getInputProps(`matters.${i}.dueOn`)}
                    />
                    <DateField
                      label={t('supervision.fields.replyBy')}
                      withAsterisk
                      {...form.getInputProps(`matters.${i}.replyBy`)}
                    />
                  </SimpleGrid>
                </Stack>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={28}
                  aria-label={t('supervision.findings.removeMatter', { n: i + 1 })}
                  onClick={() => form.removeListItem('matters', i)}
                >
                  ×
                </ActionIcon>
              </Group>
            </Fieldset>
          ))}
          <Button variant="default" w="fit-content" onClick={addMatter}>
            {t('supervision.findings.addMatter')}
          </Button>
          <FormActions onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
