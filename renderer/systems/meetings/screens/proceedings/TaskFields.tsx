import { Button, Card, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONTENT_CATEGORIES, type ContentCategory } from '../../../../../shared/systems/supervision';
import type { TaskInput } from '../../../../../shared/systems/meetings/tasks';
import { UnitsMultiSelect } from '../UnitsMultiSelect';
import { DateField } from '../../../../core/ui/dates/DateField';

/** One key task to deploy: content category, matter, requirement, responsible units, deadline, reply-by. */
export function TaskFields({
  index,
  task,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  task: TaskInput;
  errors: Record<string, string>;
  onChange: (task: TaskInput) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof TaskInput>(field: K, value: TaskInput[K]) => onChange({ ...task, [field]: value });
  const err = (field: string) => errors[`tasks.${index}.${field}`];
  return (
    <Card withBorder p="sm" aria-label={t('meetings.tasks.item', { n: index + 1 })}>
      <Stack gap="xs">
        <Group grow align="flex-start">
          <TextInput
            label={t('meetings.task.matter')}
            withAsterisk
            value={task.matter}
            error={err('matter')}
            onChange={(e) => set('matter', e.currentTarget.value)}
          />
          <Select
            label={t('meetings.task.category')}
            allowDeselect={false}
            data={CONTENT_CATEGORIES.map((c) => ({ value: c, label: t(`meetings.categories.${c}`) }))}
            value={task.category}
            onChange={(v) => v && set('category', v as ContentCategory)}
          />
        </Group>
        <Textarea
          label={t('meetings.task.requirement')}
          autosize
          minRows={1}
          value={task.requirement}
          onChange={(e) => set('requirement', e.currentTarget.value)}
        />
        <UnitsMultiSelect
          withVillages
          label={t('meetings.task.unitIds')}
          withAsterisk
          value={task.unitIds}
          error={err('unitIds')}
          onChange={(v) => set('unitIds', v)}
        />
        <Group grow align="flex-end">
          <DateField
            label={t('meetings.task.dueOn')}
            withAsterisk
            value={task.dueOn}
            error={err('dueOn')}
            onChange={(v) => set('dueOn', v)}
          />
          <DateField
            label={t('meetings.task.replyBy')}
            value={task.replyBy}
            error={err('replyBy')}
            onChange={(v) => set('replyBy', v)}
          />
          <Button variant="subtle" color="red" onClick={onRemove}>
            {t('meetings.tasks.remove')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
