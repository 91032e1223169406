import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { addMonths, localDate } from '../../../../../shared/core/common/localDate';
import type { AttendanceRow } from '../../../../../shared/systems/meetings/attendance';
import { type ProceedingsInput, proceedingsInputSchema } from '../../../../../shared/systems/meetings/proceedings';
import { type TaskInput, taskInputSchema } from '../../../../../shared/systems/meetings/tasks';
import type { AgendaItem } from '../../../../../shared/systems/meetings/topic';
import type { SupervisionItem } from '../../../../../shared/systems/supervision';
import { meetingProceedingsRepo } from '../../data/meetingProceedingsRepo';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { useActionError } from '../../../../core/ui/useActionError';
import { zodValidate } from '../../../../core/ui/zodValidate';
import { DeployedTasksList } from './DeployedTasksList';
import { TaskFields } from './TaskFields';

type Values = ProceedingsInput & { tasks: TaskInput[] };

function initial(topic: AgendaItem, attendance: readonly AttendanceRow[]): Values {
  const p = topic.proceedings;
  return {
    reported: p?.reported ?? '',
    problems: p?.problems ?? '',
    resolvers: p?.resolvers ?? '',
    decisions: p?.decisions ?? '',
    reports: topic.reportingUnits.map((u) => ({
      unitId: u.unitId,
      progress: '',
      plan: '',
      problems: '',
      resolver: '',
      ...topic.reports.find((r) => r.unitId === u.unitId),
    })),
    inviteeOpinions:
      topic.kind === 'hearInvitees'
        ? attendance
            .filter((a) => a.group === 'invitee' && a.status === 'present')
            .map((a) => ({
              attendanceId: a.id,
              opinion: '',
              followUp: '',
              ...topic.inviteeOpinions.find((o) => o.attendanceId === a.id),
            }))
        : [],
    tasks: [],
  };
}

const newTask = (): TaskInput => ({
  category: 'annualTasks',
  matter: '',
  requirement: '',
  unitIds: [],
  dueOn: addMonths(localDate(new Date()), 1),
  replyBy: '',
});

interface Props {
  topic: AgendaItem;
  attendance: AttendanceRow[];
  /** The supervision items this topic already deployed. */
  deployed: SupervisionItem[];
  unitName: (id: string) => string;
  onClose: () => void;
  /** After a save (else onClose): the next-step bar goes on to the next topic. */
  onSaved?: () => void;
}

/**
 * Records one topic's proceedings and deploys its key tasks: both saved together or not at all.
 * The tasks already deployed are listed above the new ones, with their items' current state.
 */
export function ProceedingsModal({ topic, attendance, deployed, unitName, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const form = useForm<Values>({
    initialValues: initial(topic, attendance),
    validate: (values) => {
      const { tasks, ...proceedings } = values;
      const errors: Record<string, string> = { ...zodValidate(proceedingsInputSchema, t)(proceedings) };
      tasks.forEach((task, i) =>
        Object.entries(zodValidate(taskInputSchema, t)(task)).forEach(
          ([field, message]) => (errors[`tasks.${i}.${field}`] = message),
        ),
      );
      return errors;
    },
  });
  const invitee = (id: string) => attendance.find((a) => a.id === id);

  const submit = form.onSubmit(async ({ tasks, ...proceedings }) => {
    await run(async () => {
      await meetingProceedingsRepo.save(topic.id, proceedings, tasks);
      (onSaved ?? onClose)();
    });
  });

  return (
    <Modal opened onClose={onClose} title={t('meetings.proceedings.title', { title: topic.title })} size="xl">
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <Textarea
            label={t('meetings.proceedings.reported')}
            autosize
            minRows={2}
            maxRows={10}
            {...form.getInputProps('reported')}
          />
          {form.values.reports.map((r, i) => (
            <Stack key={r.unitId} gap={4}>
              <Text size="sm" fw={600}>
                {topic.reportingUnits.find((u) => u.unitId === r.unitId)?.unitName}
              </Text>
              <Group grow align="flex-start">
                <Textarea
                  label={t('meetings.proceedings.progress')}
                  autosize
                  minRows={1}
                  {...form.getInputProps(`reports.${i}.progress`)}
                />
                <Textarea
                  label={t('meetings.proceedings.plan')}
                  autosize
                  minRows={1}
                  {...form.getInputProps(`reports.${i}.plan`)}
                />
              </Group>
              <Group grow align="flex-start">
                <Textarea
                  label={t('meetings.proceedings.unitProblems')}
                  autosize
                  minRows={1}
                  {...form.getInputProps(`reports.${i}.problems`)}
                />
                <TextInput
                  label={t('meetings.proceedings.resolver')}
                  {...form.getInputProps(`reports.${i}.resolver`)}
                />
              </Group>
            </Stack>
          ))}
          {form.values.inviteeOpinions.map((o, i) => (
            <Group key={o.attendanceId} grow align="flex-start">
              <Textarea
                label={t('meetings.proceedings.inviteeOpinion', {
                  name: `${invitee(o.attendanceId)?.label ?? ''}${invitee(o.attendanceId)?.name ?? ''}`,
                })}
                autosize
                minRows={1}
                {...form.getInputProps(`inviteeOpinions.${i}.opinion`)}
              />
              <Textarea
                label={t('meetings.proceedings.followUp')}
                autosize
                minRows={1}
                {...form.getInputProps(`inviteeOpinions.${i}.followUp`)}
              />
            </Group>
          ))}
          <Group grow align="flex-start">
            <Textarea
              label={t('meetings.proceedings.problems')}
              autosize
              minRows={1}
              {...form.getInputProps('problems')}
            />
            <TextInput label={t('meetings.proceedings.resolvers')} {...form.getInputProps('resolvers')} />
          </Group>
          <Textarea
            label={t('meetings.proceedings.decisions')}
            autosize
            minRows={2}
            maxRows={10}
            {...form.getInputProps('decisions')}
          />
          <Text size="sm" fw={600}>
            {t('meetings.tasks.title')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('meetings.tasks.hint')}
          </Text>
          <DeployedTasksList topic={topic} items={deployed} unitName={unitName} onOpenItem={onClose} />
          {form.values.tasks.map((task, i) => (
            <TaskFields
              key={i}
              index={i}
              task={task}
              errors={form.errors as Record<string, string>}
              onChange={(next) => form.setFieldValue(`tasks.${i}`, next)}
              onRemove={() => form.removeListItem('tasks', i)}
            />
          ))}
          <Group justify="space-between">
            <Button variant="light" onClick={() => form.insertListItem('tasks', newTask())}>
              {t('meetings.tasks.add')}
            </Button>
            <Group>
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit">{t('common.save')}</Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
