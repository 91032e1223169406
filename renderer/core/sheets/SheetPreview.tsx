import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPlan } from '../../../shared/core/sheets/sheetRows';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useErrorText } from '../ui/useErrorText';
import { BadRowsTable, GoodRowsTable, RawRowsTable } from './ImportTables';
import type { Prepared } from './prepareSheet';
import type { SheetImportSpec } from './sheetImportSpec';

const ENCODING_NAMES = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16BE', gb18030: 'GBK / GB18030' };

/** What the file holds and what would be written: the sheet read (and the others to pick), rows good and bad. */
export function SheetPreview<P extends { row: number }>({
  spec,
  prepared: { source, file, plan, problem },
  onPickSheet,
  onWrite,
  onCancel,
}: {
  spec: SheetImportSpec<P>;
  prepared: Prepared<P>;
  onPickSheet: (name: string) => void;
  onWrite: (plan: ImportPlan<P>) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const data = file.data;
  return (
    <Stack>
      {file.sheets.length > 1 && (
        <Select
          label={t('common.import.sheet')}
          description={t('common.import.sheetHint')}
          value={file.sheetName}
          allowDeselect={false}
          onChange={(name) => name && name !== file.sheetName && onPickSheet(name)}
          data={file.sheets.map((s) => ({
            value: s.name,
            label: s.hidden ? t('common.import.sheetHidden', { name: s.name }) : s.name,
          }))}
          w={320}
        />
      )}
      <Text size="sm" data-testid="import-row-count">
        {t('common.import.rowCount', { count: data.rowCount })}
        {file.encoding && ` · ${t('common.import.encoding', { encoding: ENCODING_NAMES[file.encoding] })}`}
      </Text>
      {problem && (
        <>
          <ErrorAlert error={errorText(problem)} />
          {data.rows.length > 0 && <RawRowsTable headers={data.keys} rows={data.rows} />}
        </>
      )}
      {plan && (
        <>
          <Text size="sm">
            {t('common.import.summary', { file: source.name, good: plan.good.length, bad: plan.bad.length })}
          </Text>
          {spec.allOrNothing && plan.bad.length > 0 && <Alert color="red">{t('common.import.allOrNothing')}</Alert>}
          {plan.bad.length > 0 && (
            <BadRowsTable
              rows={plan.bad}
              title={spec.allOrNothing ? t('common.import.badRowsAllOrNothing') : undefined}
            />
          )}
          <GoodRowsTable rows={plan.good} columns={spec.previewColumns} />
        </>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button
          disabled={!plan || plan.good.length === 0 || (!!spec.allOrNothing && plan.bad.length > 0)}
          onClick={() => plan && onWrite(plan)}
        >
          {t('common.import.write', { count: plan?.good.length ?? 0 })}
        </Button>
      </Group>
    </Stack>
  );
}
