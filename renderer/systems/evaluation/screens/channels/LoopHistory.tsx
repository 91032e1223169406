import { Timeline, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HotlineLoop } from '../../../../../shared/systems/evaluation';
import type { Names } from '../useNames';

interface Step {
  on: string;
  at: number;
  text: string;
}

/** The loop as it went, in order: each forward, answer and locked call-back, and the closure. */
export function LoopHistory({ loop, names }: { loop: HotlineLoop; names: Names }) {
  const { t } = useTranslation();
  const steps: Step[] = [
    ...loop.forwards.map((f, i) => ({
      on: f.on,
      at: f.round * 10 + 1 + i / 100,
      text: t('evaluation.loop.forwarded', { unit: names.unitName(f.unitId), note: f.note, by: f.by, round: f.round }),
    })),
    ...loop.answers.map((a) => ({
      on: a.on,
      at: a.round * 10 + 2,
      text: t('evaluation.loop.answered', {
        who: a.unitId ? names.unitName(a.unitId) : t('evaluation.loop.office'),
        text: a.text,
      }),
    })),
    ...loop.callbacks.map((c) => ({
      on: c.on,
      at: c.round * 10 + 3,
      text: t('evaluation.loop.calledBack', {
        grade: t(`evaluation.grades.${c.grade as 0}`),
        opinion: c.opinion || '—',
        by: c.by,
      }),
    })),
    ...(loop.closure
      ? [
          {
            on: loop.closure.on,
            at: 1e6,
            text: t(`evaluation.loop.closed.${loop.closure.how}`, { reason: loop.closure.reason }),
          },
        ]
      : []),
  ].sort((a, b) => a.at - b.at);
  if (steps.length === 0) return <Text c="dimmed">{t('evaluation.loop.nothingYet')}</Text>;
  return (
    <Timeline bulletSize={12} lineWidth={2}>
      {steps.map((s, i) => (
        <Timeline.Item key={i} title={s.on}>
          <Text size="sm">{s.text}</Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
