import { useRef, useState } from 'react';
import { Alert, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPlan } from '../../../shared/core/sheets/sheetRows';
import { AppError } from '../../../shared/core/errors';
import type { BulkOptions } from '../data/bulkWrite';
import { getHost } from '../host';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useActionError } from '../ui/useActionError';
import { readSheet, type Sheet } from './readSheet';
import { autoBackup } from '../backup/autoBackup';
import { BadRowsTable, GoodRowsTable, type PreviewColumn } from './ImportTables';

/** What one kind of record needs to be imported from a sheet. */
export interface SheetImportSpec<P extends { row: number }> {
  title: string;
  intro: string;
  /** Required fields missing from the header row, as translated column names. */
  missingColumns(sheet: Sheet): string[];
  plan(sheet: Sheet): Promise<ImportPlan<P>>;
  previewColumns: PreviewColumn<P>[];
  write(good: P[], options: BulkOptions): Promise<number>;
  doneText(count: number): string;
  /** The sheet is one whole (a task list): any bad row blocks the import until it is corrected. */
  allOrNothing?: boolean;
}

type Step<P> =
  | { kind: 'pick' }
  | { kind: 'preview'; fileName: string; plan: ImportPlan<P> }
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

  const pick = async () => {
    await run(async () => {
      const file = await getHost().openFile({ filters: [{ name: 'Excel / CSV', extensions: ['xlsx', 'csv'] }] });
      if (file.status === 'cancelled') return;
      const sheet = await readSheet(file.name, file.bytes);
      const missing = spec.missingColumns(sheet);
      if (missing.length)
        throw new AppError('import-missing-columns', { name: file.name, missing: missing.join('、') });
      setStep({ kind: 'preview', fileName: file.name, plan: await spec.plan(sheet) });
    });
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

  return (
    <Modal opened onClose={step.kind === 'writing' ? () => undefined : onClose} title={spec.title} size="xl">
      <Stack>
        <ErrorAlert error={error} />
        {step.kind === 'pick' && (
          <>
            <Text size="sm">{spec.intro}</Text>
            <Button onClick={() => void pick()}>{t('common.import.pickFile')}</Button>
          </>
        )}
        {step.kind === 'preview' && (
          <>
            <Text size="sm">
              {t('common.import.summary', {
                file: step.fileName,
                good: step.plan.good.length,
                bad: step.plan.bad.length,
              })}
            </Text>
            {spec.allOrNothing && step.plan.bad.length > 0 && (
              <Alert color="red">{t('common.import.allOrNothing')}</Alert>
            )}
            {step.plan.bad.length > 0 && (
              <BadRowsTable
                rows={step.plan.bad}
                title={spec.allOrNothing ? t('common.import.badRowsAllOrNothing') : undefined}
              />
            )}
            <GoodRowsTable rows={step.plan.good} columns={spec.previewColumns} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button
                disabled={step.plan.good.length === 0 || (!!spec.allOrNothing && step.plan.bad.length > 0)}
                onClick={() => void write(step.plan)}
              >
                {t('common.import.write', { count: step.plan.good.length })}
              </Button>
            </Group>
          </>
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
