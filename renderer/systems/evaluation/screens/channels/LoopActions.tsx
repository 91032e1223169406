import { useState } from 'react';
import { Button, Group, SegmentedControl, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { FIVE_GRADE_SCALE, type EvaluationRecord } from '../../../../../shared/systems/evaluation';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { useActionError } from '../../../../core/ui/useActionError';
import { hotlineRepo } from '../../data/hotlineRepo';
import { UnitPicker } from '../UnitPicker';
import type { Names } from '../useNames';

type Action = 'forward' | 'answer' | 'callBack' | 'close';

/** The next step of the loop the entry is at: 转办, 答复, 回访 (locked once saved), or 办结 with a reason. */
export function LoopActions({ record, names }: { record: EvaluationRecord; names: Names }) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const [action, setAction] = useState<Action | null>(null);
  const [unitId, setUnitId] = useState<string | null>(record.unitIds[0] ?? null);
  const [text, setText] = useState('');
  const [grade, setGrade] = useState('1');
  const status = record.loop?.status;
  if (!status || status === 'closed') return null;
  const actions: Action[] = [
    ...(status === 'logged' ? (['forward', 'answer'] as const) : []),
    ...(status === 'forwarded' ? (['answer'] as const) : []),
    ...(status === 'answered' ? (['callBack'] as const) : []),
    'close',
  ];
  const save = () =>
    run(async () => {
      if (action === 'forward') await hotlineRepo.forward(record.id, { unitId: unitId ?? '', note: text });
      if (action === 'answer') await hotlineRepo.answer(record.id, { text });
      if (action === 'callBack') await hotlineRepo.callBack(record.id, { grade: Number(grade), opinion: text });
      if (action === 'close') await hotlineRepo.close(record.id, { reason: text });
      notifications.show({ color: 'green', message: t(`evaluation.loop.done.${action!}`) });
      setAction(null);
      setText('');
    });
  return (
    <Stack gap="xs">
      <ErrorAlert error={error} />
      <Group>
        {actions.map((a) => (
          <Button
            key={a}
            variant={action === a ? 'filled' : 'light'}
            color={a === 'close' ? 'gray' : undefined}
            onClick={() => setAction(a)}
          >
            {t(`evaluation.loop.actions.${a}`)}
          </Button>
        ))}
      </Group>
      {action && (
        <Stack gap="xs">
          {action === 'forward' && (
            <UnitPicker names={names} label={t('evaluation.loop.toUnit')} value={unitId} onChange={setUnitId} />
          )}
          {action === 'callBack' && (
            <SegmentedControl
              aria-label={t('evaluation.ratings.grade')}
              value={grade}
              onChange={setGrade}
              data={FIVE_GRADE_SCALE.grades.map((g, k) => ({
                value: String(k),
                label: t(`evaluation.grades.${k as 0}`) || g.label,
              }))}
            />
          )}
          {action === 'close' ? (
            <TextInput
              label={t('evaluation.loop.reason')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
            />
          ) : (
            <Textarea
              label={t(`evaluation.loop.text.${action}`)}
              autosize
              minRows={2}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
            />
          )}
          {action === 'callBack' && (
            <div style={{ fontSize: 12, color: 'var(--mantine-color-dimmed)' }}>{t('evaluation.loop.lockedHint')}</div>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAction(null)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void save()}>{t('evaluation.loop.save')}</Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
