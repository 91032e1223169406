import { useMemo, useState } from 'react';
import { Alert, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { copyKey, emptyReview, openProblems } from '../../../../shared/systems/evaluation/paperForm/review';
import { useErrorText } from '../../../core/ui/useErrorText';
import { CopyList, copyState, UnknownPages } from './CopyList';
import { ProblemPanel, type OpenProblem } from './ProblemPanel';
import type { SaveReport } from './returnsPort';
import { TextAnswers } from './TextAnswers';
import type { ScanBatchState } from './useScanBatch';

/**
 * The review of a read batch: every copy and where it stands, the pages no copy takes, and the
 * problems one after another beside their image; saving turns the reviewed copies into returns.
 */
export function ScanReview({ batch, titleOf }: { batch: ScanBatchState; titleOf: (id: string) => string | null }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { draft, copies } = batch;
  const [cursor, setCursor] = useState(0);
  const [report, setReport] = useState<SaveReport | null>(null);
  const [isDiscarding, setDiscarding] = useState(false);
  /** The copy picked in the list (else the current problem's): its handwriting is shown. */
  const [picked, setPicked] = useState<string | null>(null);
  const failed = report?.failed.map((f) => f.key) ?? [];
  const queue: OpenProblem[] = useMemo(
    () =>
      copies
        .filter((c) => !draft.saved.includes(copyKey(c)) && !draft.refused.includes(copyKey(c)))
        .flatMap((copy) =>
          openProblems(copy, draft.reviews[copyKey(copy)] ?? emptyReview()).map((problem) => ({ copy, problem })),
        ),
    [copies, draft],
  );
  const at = queue.length ? Math.min(cursor, queue.length - 1) : -1;
  const current = at >= 0 ? queue[at] : null;
  const layout = current && batch.layoutFor(current.copy.questionnaireId, current.copy.version);
  const shown = copies.find((c) => copyKey(c) === picked) ?? current?.copy ?? null;
  const shownLayout = shown && batch.layoutFor(shown.questionnaireId, shown.version);
  const ready = copies.filter((c) => copyState(c, draft, []) === 'ready');
  const move = (step: 1 | -1) => setCursor((at + step + queue.length) % Math.max(queue.length, 1));

  const save = async () => {
    const done = await batch.save();
    if (!done) return;
    setReport(done);
    if (done.saved.length)
      notifications.show({ color: 'green', message: t('evaluationScan.saved', { count: done.saved.length }) });
  };

  return (
    <Stack>
      <Text>
        {t('evaluationScan.summary', {
          files: draft.batch?.fileNames.length ?? 0,
          pages: draft.pages.length,
          copies: copies.length,
          open: queue.length,
        })}
      </Text>
      {draft.batch && !draft.batch.endedAs && (
        <Alert color="yellow">{t('evaluationScan.interrupted', { pages: draft.pages.length })}</Alert>
      )}
      {draft.batch?.endedAs === 'cancelled' && (
        <Alert color="yellow">{t('evaluationScan.cancelled', { pages: draft.pages.length })}</Alert>
      )}
      {draft.batch?.failures?.map((f) => (
        <Alert key={f.fileName} color="red">
          {t('evaluationScan.unreadableFile', { file: f.fileName })}
          {f.detail && (
            <Text size="xs" c="dimmed">
              {f.detail}
            </Text>
          )}
        </Alert>
      ))}
      {report?.failed.map((f) => (
        <Alert key={f.key} color="red">
          {errorText(f.error)}
        </Alert>
      ))}
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <CopyList
              copies={copies}
              draft={draft}
              failed={failed}
              titleOf={titleOf}
              onOpen={(copy) => {
                setPicked(copyKey(copy));
                setCursor(
                  Math.max(
                    0,
                    queue.findIndex((q) => q.copy === copy),
                  ),
                );
              }}
              onRedo={(copy) => void batch.redo(copyKey(copy))}
            />
            <UnknownPages unknown={batch.unknown} pages={draft.pages} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {current && layout ? (
            <ProblemPanel
              item={current}
              layout={layout}
              pages={draft.pages}
              review={draft.reviews[copyKey(current.copy)] ?? emptyReview()}
              onDecide={(review) => void batch.decide(copyKey(current.copy), review)}
              onMove={move}
            />
          ) : (
            <Alert color="green">{t('evaluationScan.problem.none')}</Alert>
          )}
          {shown && shownLayout && <TextAnswers copy={shown} pages={draft.pages} layout={shownLayout} />}
        </Grid.Col>
      </Grid>
      {isDiscarding ? (
        <Alert color="red">
          <Stack gap="xs">
            <Text>{t('evaluationScan.discardConfirm')}</Text>
            <Group>
              <Button color="red" onClick={() => void batch.discard().then(() => setDiscarding(false))}>
                {t('evaluationScan.discardYes')}
              </Button>
              <Button variant="default" onClick={() => setDiscarding(false)}>
                {t('evaluationScan.back')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : (
        <Group justify="flex-end">
          <Button variant="default" color="red" onClick={() => setDiscarding(true)}>
            {draft.saved.length + draft.refused.length === copies.length && copies.length
              ? t('evaluationScan.newBatch')
              : t('evaluationScan.discard')}
          </Button>
          <Button disabled={ready.length === 0} onClick={() => void save()}>
            {t('evaluationScan.save', { count: ready.length })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
