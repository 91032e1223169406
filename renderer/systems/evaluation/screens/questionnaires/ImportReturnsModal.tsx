import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  FIXED_HEADERS,
  mapColumns,
  planReturnImport,
  slotsOf,
  type ColumnMapping,
  type FixedColumn,
  type PreparedReturn,
  type Questionnaire,
  type QuestionnaireVersion,
} from '../../../../../shared/systems/evaluation';
import { AppError } from '../../../../../shared/core/errors';
import type { ImportPlan } from '../../../../../shared/core/sheets/sheetRows';
import { getHost } from '../../../../core/host';
import { MAX_IMPORT_ROWS, SheetSource } from '../../../../core/sheets/readSheet';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { useActionError } from '../../../../core/ui/useActionError';
import { returnsRepo } from '../../data/returnsRepo';
import type { Names } from '../useNames';
import { saveReturnTemplate } from './returnTemplate';
import { slotLabel } from './slotLabel';

interface Preview {
  file: string;
  headers: string[];
  mapping: ColumnMapping;
  plan: ImportPlan<PreparedReturn>;
}

/**
 * 导入回收问卷 from the version's .xlsx template: the file's columns mapped to the form's slots
 * (shown before anything is read in), every bad row with its reason, then all rows or none.
 */
export function ImportReturnsModal(props: {
  questionnaire: Questionnaire;
  versions: QuestionnaireVersion[];
  names: Names;
  onClose: () => void;
}) {
  const { questionnaire: q, versions, names, onClose } = props;
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const printedVersions = versions.filter((v) => q.printRuns.some((r) => r.version === v.version));
  const [versionNo, setVersionNo] = useState(
    String(printedVersions[printedVersions.length - 1]?.version ?? q.currentVersion),
  );
  const [preview, setPreview] = useState<Preview | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const version = versions.find((v) => v.version === Number(versionNo));
  const pick = () =>
    run(async () => {
      if (!version) return;
      const file = await getHost().openFile({ filters: [{ name: 'Excel / CSV', extensions: ['xlsx', 'csv'] }] });
      if (file.status === 'cancelled') return;
      const sheet = (await new SheetSource(file.name, file.bytes).read({ keepRows: MAX_IMPORT_ROWS })).data;
      if (sheet.headers.length === 0 || sheet.rowCount === 0) throw new AppError('import-empty');
      if (sheet.rowCount > sheet.rows.length)
        throw new AppError('import-too-many-rows', { name: file.name, count: sheet.rowCount, max: MAX_IMPORT_ROWS });
      const slots = slotsOf(version);
      const mapping = mapColumns(sheet.keys, slots);
      const entered = await returnsRepo.enteredCopies(q.id);
      const plan = planReturnImport(sheet.rows, mapping, {
        version: version.version,
        questionnaire: q,
        slots,
        gradeLabels: version.scale.grades.map((g) => g.label),
        entered,
        rowNumbers: sheet.rowNumbers,
      });
      setPreview({ file: file.name, headers: sheet.keys, mapping, plan });
    });
  const write = (p: Preview) =>
    run(async () => {
      const count = await returnsRepo.importReturns(
        q.id,
        Number(versionNo),
        p.plan.good.map((g) => ({ ...g })),
      );
      setDone(count);
      setPreview(null);
    });
  // A fixed column's error names the file's own header (份号), never the field's code.
  const fieldName = (field: string) =>
    field in FIXED_HEADERS
      ? (preview?.mapping.fixed[field as FixedColumn] ?? t(`evaluation.import.fixed.${field as FixedColumn}`))
      : field;
  const slotOfHeader = (header: string) => {
    const key = Object.entries(preview?.mapping.slots ?? {}).find(([, h]) => h === header)?.[0];
    const slot = version && key ? slotsOf(version).find((s) => s.key === key) : undefined;
    if (slot && version) return `${slot.no}. ${slotLabel(slot, version, names)}`;
    const fixed = Object.entries(preview?.mapping.fixed ?? {}).find(([, h]) => h === header)?.[0];
    return fixed ? t(`evaluation.import.fixed.${fixed as 'copyNumber'}`) : null;
  };
  return (
    <Modal opened onClose={onClose} title={t('evaluation.import.open')} size="xl">
      <Stack>
        <ErrorAlert error={error} />
        {done !== null && (
          <Alert color="green">
            {t(q.isDoubleEntry ? 'evaluation.import.doneAwaiting' : 'evaluation.import.done', { count: done })}
          </Alert>
        )}
        <Group align="flex-end">
          <Select
            label={t('evaluation.import.version')}
            allowDeselect={false}
            data={printedVersions.map((v) => ({
              value: String(v.version),
              label: t('evaluation.questionnaires.versionN', { version: v.version }),
            }))}
            value={versionNo}
            onChange={(v) => v && (setVersionNo(v), setPreview(null))}
          />
          <Button
            variant="default"
            disabled={!version}
            onClick={() => version && void run(() => saveReturnTemplate(q.title, version, names))}
          >
            {t('evaluation.import.template')}
          </Button>
          <Button disabled={!version || printedVersions.length === 0} onClick={() => void pick()}>
            {t('evaluation.import.pick')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('evaluation.import.intro')}
        </Text>
        {preview && (
          <>
            <Text size="sm">
              {t('evaluation.import.summary', {
                file: preview.file,
                good: preview.plan.good.length,
                bad: preview.plan.bad.length,
              })}
            </Text>
            <Table withTableBorder aria-label={t('evaluation.import.mapping')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('evaluation.import.column')}</Table.Th>
                  <Table.Th>{t('evaluation.import.mapsTo')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.headers.map((h) => (
                  <Table.Tr key={h}>
                    <Table.Td>{h}</Table.Td>
                    <Table.Td c={slotOfHeader(h) ? undefined : 'dimmed'}>
                      {slotOfHeader(h) ?? t('evaluation.import.ignored')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {preview.plan.bad.length > 0 && (
              <Alert color="red" title={t('evaluation.import.badRows')}>
                {preview.plan.bad.map((b) => (
                  <Text key={`${b.row}-${b.field}`} size="sm">
                    {t('evaluation.import.badRow', {
                      row: b.row,
                      field: fieldName(b.field),
                      value: b.value,
                      rule: t(`evaluation.importRules.${b.rule as 'copy-invalid'}`, { defaultValue: b.rule }),
                    })}
                  </Text>
                ))}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button
                disabled={preview.plan.bad.length > 0 || preview.plan.good.length === 0}
                onClick={() => void write(preview)}
              >
                {t('evaluation.import.write', { count: preview.plan.good.length })}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
