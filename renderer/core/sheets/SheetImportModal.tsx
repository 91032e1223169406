import { startTransition, useRef, useState } from 'react';
import { Alert, Button, Modal, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPlan } from '../../../shared/core/sheets/sheetRows';
import type { SheetImportSpec } from './sheetImportSpec';
import { getHost } from '../host';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useActionError } from '../ui/useActionError';
import { MAX_SHEET_FILE_BYTES, SheetSource } from './readSheet';
import { autoBackup } from '../backup/autoBackup';
import { prepareSheet, type Prepared } from './prepareSheet';
import { SheetPreview } from './SheetPreview';
import { createReadCounter, ReadingStatus } from './ReadingStatus';

export type { SheetImportSpec } from './sheetImportSpec';

type Step<P> =
  | { kind: 'pick' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; prepared: Prepared<P> }
  | { kind: 'writing'; done: number; total: number }
  | { kind: 'done'; count: number };

/** Pick a sheet → preview good rows and every bad row with its reason → write all good rows at once. */
export function SheetImportModal<P extends { row: number }>({
  spec,
  onClose,
}: {
  spec: SheetImportSpec<P>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step<P>>({ kind: 'pick' });
  const { error, run } = useActionError();
  const abort = useRef<AbortController | null>(null);
  const counter = useRef(createReadCounter()).current;

  const load = async (source: SheetSource, sheetName?: string) => {
    abort.current = new AbortController();
    counter.set({ read: 0, checking: false });
    setStep({ kind: 'reading', fileName: source.name });
    const ok = await run(async () => {
      // The counter re-renders its own line only; the preview renders as a transition, in slices
      // that yield to the screen's frames.
      const prepared = await prepareSheet(spec, source, {
        sheetName,
        signal: abort.current!.signal,
        onProgress: (read, checking) => counter.set({ read, checking }),
      });
      startTransition(() => setStep({ kind: 'preview', prepared }));
    });
    if (!ok) setStep({ kind: 'pick' });
  };

  const pick = async () => {
    let source: SheetSource | null = null;
    await run(async () => {
      // A Blob: the reader's worker reads its bytes, the page never holds or copies them.
      const picked = await getHost().openFileAsBlob({
        filters: [{ name: 'Excel / CSV', extensions: ['xlsx', 'csv', 'txt'] }],
        maxBytes: MAX_SHEET_FILE_BYTES,
      });
      if (picked.status === 'opened') source = new SheetSource(picked.name, picked.file);
    });
    if (source) await load(source);
  };

  const write = async (plan: ImportPlan<P>) => {
    abort.current = new AbortController();
    const { signal } = abort.current;
    setStep({ kind: 'writing', done: 0, total: plan.good.length });
    const written = await run(async () => {
      // Always a backup before an import: whatever the sheet held, the data before it is kept.
      await autoBackup('before-import');
      const count = await spec.write(plan.good, { signal, onProgress: (p) => setStep({ kind: 'writing', ...p }) });
      setStep({ kind: 'done', count });
    });
    if (!written) setStep({ kind: 'pick' });
  };

  const busy = step.kind === 'writing' || step.kind === 'reading';
  return (
    <Modal opened onClose={busy ? () => undefined : onClose} title={spec.title} size="xl">
      <Stack>
        <ErrorAlert error={error} />
        {step.kind === 'pick' && (
          <>
            <Text size="sm">{spec.intro}</Text>
            <Button onClick={() => void pick()}>{t('common.import.pickFile')}</Button>
            {spec.saveTemplate && (
              <Button variant="default" onClick={() => void run(spec.saveTemplate!)}>
                {t('common.import.saveTemplate')}
              </Button>
            )}
          </>
        )}
        {step.kind === 'reading' && (
          <>
            <ReadingStatus counter={counter} fileName={step.fileName} />
            <Button variant="default" onClick={() => abort.current?.abort()}>
              {t('common.cancel')}
            </Button>
          </>
        )}
        {step.kind === 'preview' && (
          <SheetPreview
            spec={spec}
            prepared={step.prepared}
            onPickSheet={(name) => void load(step.prepared.source, name)}
            onWrite={(plan) => void write(plan)}
            onCancel={onClose}
          />
        )}
        {step.kind === 'writing' && (
          <>
            <Progress value={(step.done / Math.max(step.total, 1)) * 100} aria-label={t('common.import.progress')} />
            <Text size="sm">{t('common.import.writing', { done: step.done, total: step.total })}</Text>
            <Button variant="default" onClick={() => abort.current?.abort()}>
              {t('common.cancel')}
            </Button>
          </>
        )}
        {step.kind === 'done' && (
          <>
            <Alert color="green">{spec.doneText(step.count)}</Alert>
            <Button onClick={onClose}>{t('common.close')}</Button>
          </>
        )}
      </Stack>
    </Modal>
  );
}
