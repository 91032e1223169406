import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Button, Group, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChoiceGroup, PaperFormLayout } from '../../../../shared/systems/evaluation/paperForm/layoutModel';
import {
  isValidDecision,
  type CopyReview,
  type GroupDecision,
} from '../../../../shared/systems/evaluation/paperForm/review';
import type { ScanProblem, ScannedCopy } from '../../../../shared/systems/evaluation/paperForm/scanReturns';
import type { ScannedPage } from './scanTypes';
import { ScanImage } from './ScanImage';

export interface OpenProblem {
  copy: ScannedCopy<number>;
  problem: ScanProblem;
}

interface Props {
  item: OpenProblem;
  layout: PaperFormLayout;
  pages: readonly ScannedPage[];
  review: CopyReview;
  onDecide: (review: CopyReview) => void;
  onMove: (step: 1 | -1) => void;
}

/**
 * One thing to settle, keyboard first: the straightened image of the question beside its choices;
 * digits pick (or drop) a choice, 0 clears, Enter confirms, ↓ and ↑ move between problems.
 */
export function ProblemPanel({ item, layout, pages, review, onDecide, onMove }: Props) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  const { copy, problem } = item;
  const group = 'groupId' in problem ? layout.groups.find((g) => g.id === problem.groupId) : undefined;
  const page = 'groupId' in problem ? pages[copy.pages[problem.pageNo]] : undefined;
  const crop = page?.questions.find((q) => q.groupId === group?.id)?.png;
  const read = group ? (copy.answers[group.id] ?? []) : [];
  const [picked, setPicked] = useState<GroupDecision>(problem.kind === 'doubtful' ? read : []);
  const [isInvalid, setInvalid] = useState(false);
  const problemKey = `${copy.copyNumber}|${problem.kind}|${'groupId' in problem ? problem.groupId : problem.pageNo}`;

  useEffect(() => {
    setPicked(problem.kind === 'doubtful' ? (copy.answers['groupId' in problem ? problem.groupId : ''] ?? []) : []);
    setInvalid(false);
    root.current?.focus();
    // A new problem starts from what was read; the same one keeps what the person picked.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problemKey]);

  const choices = group?.choices ?? [];
  const confirm = () => {
    if (problem.kind === 'missingPage') {
      onDecide({ ...review, acceptedMissingPages: [...review.acceptedMissingPages, problem.pageNo] });
    } else if (group) {
      if (
        !isValidDecision(
          group,
          picked,
          choices.map((c) => c.id),
        )
      )
        return setInvalid(true);
      onDecide({ ...review, answers: { ...review.answers, [group.id]: picked } });
    }
  };
  const toggle = (id: string) => {
    setInvalid(false);
    if (group?.kind === 'single') return setPicked(picked[0] === id ? [] : [id]);
    setPicked(picked.includes(id) ? picked.filter((c) => c !== id) : [...picked, id]);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') confirm();
    else if (e.key === 'ArrowDown') onMove(1);
    else if (e.key === 'ArrowUp') onMove(-1);
    else if (e.key === '0') setPicked([]);
    else if (/^[1-9]$/.test(e.key) && choices[Number(e.key) - 1]) toggle(choices[Number(e.key) - 1].id);
    else return;
    e.preventDefault();
  };

  const where = { copy: copy.copyNumber, page: problem.pageNo };
  return (
    <Paper
      withBorder
      p="md"
      ref={root}
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-label={t(`evaluationScan.problem.${problem.kind === 'duplicatePage' ? 'missingPage' : problem.kind}`, where)}
    >
      <Stack gap="sm">
        <Title order={4}>
          {t(`evaluationScan.problem.${problem.kind === 'duplicatePage' ? 'missingPage' : problem.kind}`, where)}
        </Title>
        {group ? (
          <>
            <Text fw={600}>{group.label}</Text>
            <QuestionImage png={crop} />
            <ReadAs problem={problem} group={group} />
            <Text size="sm" c="dimmed">
              {group.kind === 'single'
                ? t('evaluationScan.problem.limitSingle')
                : t('evaluationScan.problem.limitMany', { count: group.maxChoices ?? choices.length })}
            </Text>
            <Group gap="xs">
              {choices.map((c, i) => (
                <Button
                  key={c.id}
                  variant={picked.includes(c.id) ? 'filled' : 'default'}
                  aria-pressed={picked.includes(c.id)}
                  onClick={() => toggle(c.id)}
                  leftSection={<Kbd>{i + 1}</Kbd>}
                >
                  {c.label}
                </Button>
              ))}
              <Button
                variant={picked.length === 0 ? 'light' : 'default'}
                onClick={() => setPicked([])}
                leftSection={<Kbd>0</Kbd>}
              >
                {t('evaluationScan.problem.blank')}
              </Button>
            </Group>
            {isInvalid && <Alert color="red">{t('evaluationScan.problem.invalid')}</Alert>}
          </>
        ) : (
          <Text>{t('evaluationScan.problem.missingHint')}</Text>
        )}
        <Group>
          <Button onClick={confirm}>
            {group ? t('evaluationScan.problem.confirm') : t('evaluationScan.problem.acceptMissing')}
          </Button>
          <Button variant="default" onClick={() => onMove(1)}>
            {t('evaluationScan.problem.skip')}
          </Button>
          <Button variant="default" onClick={() => onMove(-1)}>
            {t('evaluationScan.problem.previous')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('evaluationScan.problem.keys')}
        </Text>
      </Stack>
    </Paper>
  );
}

function QuestionImage({ png }: { png: Blob | undefined }) {
  const { t } = useTranslation();
  return <ScanImage png={png} alt={t('evaluationScan.problem.image')} missing={t('evaluationScan.problem.noCrop')} />;
}

/** What the reader saw: the doubtful boxes, or the ticks past the limit. */
function ReadAs({ problem, group }: { problem: ScanProblem; group: ChoiceGroup }) {
  const { t } = useTranslation();
  if (problem.kind !== 'doubtful' && problem.kind !== 'tooMany') return null;
  const labelOf = (boxId: string) =>
    group.choices.find((c) => `${group.id}#${c.id}` === boxId)?.label ?? boxId.split('#').pop();
  const choices = problem.boxIds.map(labelOf).join('、');
  const key = problem.kind === 'doubtful' ? 'doubtfulBoxes' : 'tickedBoxes';
  return <Text c="orange.8">{t(`evaluationScan.problem.${key}`, { choices })}</Text>;
}
