import { useRef, useState } from 'react';
import { Alert, Button, Group, Modal, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { missingHeaders, planUnitImport, type UnitImportPlan } from '../../../../shared/domain/registry/unitImport';
import { AppError } from '../../../../shared/errors';
import { importUnits, unitImportContext } from '../../../data/repos/unitImportRepo';
import { getHost } from '../../../host';
import { useErrorText } from '../../../ui/useErrorText';
import { readSheet } from '../sheets/readSheet';

type Step =
  | { kind: 'pick' }
  | { kind: 'preview'; fileName: string; plan: UnitImportPlan; towns: Map<string, string> }
  | { kind: 'writing'; done: number; total: number }
  | { kind: 'done'; count: number };

/** Pick a sheet → preview good rows and every bad row with its reason → write all good rows at once. */
export function UnitImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const pick = async () => {
    setError(null);
    try {
      const file = await getHost().openFile({ filters: [{ name: 'Excel / CSV', extensions: ['xlsx', 'csv'] }] });
      if (file.status === 'cancelled') return;
      const sheet = await readSheet(file.name, file.bytes);
      const missing = missingHeaders(sheet.headers);
      if (missing.length) throw new AppError('import-missing-columns', { name: file.name, missing: missing.map((m) => t(`registry.importHeaders.${m}` as 'registry.importHeaders.name')).join('、') });
      const context = await unitImportContext();
      setStep({ kind: 'preview', fileName: file.name, plan: planUnitImport(sheet.rows, context.towns, context.names), towns: context.towns });
    } catch (e) {
      setError(errorText(e));
    }
  };

  const write = async (plan: UnitImportPlan, towns: Map<string, string>) => {
    setError(null);
    abort.current = new AbortController();
    setStep({ kind: 'writing', done: 0, total: plan.good.length });
    try {
      const count = await importUnits(plan.good, towns, { signal: abort.current.signal, onProgress: (p) => setStep({ kind: 'writing', ...p }) });
      setStep({ kind: 'done', count });
    } catch (e) {
      setError(errorText(e));
      setStep({ kind: 'pick' });
    }
  };

  return (
    <Modal opened onClose={step.kind === 'writing' ? () => undefined : onClose} title={t('registry.import.title')} size="xl">
      <Stack>
        {error && <Alert color="red">{error}</Alert>}
        {step.kind === 'pick' && (
          <>
            <Text size="sm">{t('registry.import.intro')}</Text>
            <Button onClick={() => void pick()}>{t('registry.import.pickFile')}</Button>
          </>
        )}
        {step.kind === 'preview' && (
          <>
            <Text size="sm">{t('registry.import.summary', { file: step.fileName, good: step.plan.good.length, bad: step.plan.bad.length })}</Text>
            {step.plan.bad.length > 0 && (
              <Alert color="orange" title={t('registry.import.badRows')}>
                <Table aria-label={t('registry.import.badRows')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('registry.import.row')}</Table.Th>
                      <Table.Th>{t('registry.import.field')}</Table.Th>
                      <Table.Th>{t('registry.import.value')}</Table.Th>
                      <Table.Th>{t('registry.import.reason')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {step.plan.bad.map((b) => (
                      <Table.Tr key={`${b.row}-${b.field}`}>
                        <Table.Td>{b.row}</Table.Td>
                        <Table.Td>{t(`common.fields.${b.field}` as 'common.fields.name', { defaultValue: b.field })}</Table.Td>
                        <Table.Td>{b.value}</Table.Td>
                        <Table.Td>{t(`common.rules.${b.rule}` as 'common.rules.invalid', { defaultValue: t('common.rules.invalid') })}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Alert>
            )}
            <Table aria-label={t('registry.import.goodRows')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('registry.import.row')}</Table.Th>
                  <Table.Th>{t('common.fields.kind')}</Table.Th>
                  <Table.Th>{t('common.fields.name')}</Table.Th>
                  <Table.Th>{t('common.fields.parentId')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {step.plan.good.slice(0, 100).map((g) => (
                  <Table.Tr key={g.row}>
                    <Table.Td>{g.row}</Table.Td>
                    <Table.Td>{t(`registry.kinds.${g.input.kind}`)}</Table.Td>
                    <Table.Td>{g.input.name}</Table.Td>
                    <Table.Td>{g.parentName}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {step.plan.good.length > 100 && <Text size="xs" c="dimmed">{t('registry.import.more', { count: step.plan.good.length - 100 })}</Text>}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button disabled={step.plan.good.length === 0} onClick={() => void write(step.plan, step.towns)}>
                {t('registry.import.write', { count: step.plan.good.length })}
              </Button>
            </Group>
          </>
        )}
        {step.kind === 'writing' && (
          <>
            <Progress value={(step.done / Math.max(step.total, 1)) * 100} aria-label={t('registry.import.progress')} />
            <Text size="sm">{t('registry.import.writing', { done: step.done, total: step.total })}</Text>
            <Button variant="default" onClick={() => abort.current?.abort()}>
              {t('common.cancel')}
            </Button>
          </>
        )}
        {step.kind === 'done' && (
          <>
            <Alert color="green">{t('registry.import.done', { count: step.count })}</Alert>
            <Button onClick={onClose}>{t('common.close')}</Button>
          </>
        )}
      </Stack>
    </Modal>
  );
}
