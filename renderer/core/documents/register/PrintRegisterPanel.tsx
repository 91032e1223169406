import { useState } from 'react';
import { Button, Checkbox, Group, Stack, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { SECRECY_LEVELS, type SecrecyLevel } from '../../../../shared/core/common/secrecy';
import { CLASSIFIED_LEVELS } from '../../../../shared/core/audit/output';
import { outputRegisterRepo, type OutputFilter } from '../../data/outputRegisterRepo';
import { PagerControls } from '../../ui/PagerControls';
import { RecordTable } from '../../ui/RecordTable';
import { useKeysetPager } from '../../ui/useKeysetPager';
import { useErrorText } from '../../ui/useErrorText';
import { exportPrintRegister, registerCells, registerHeaders } from './printRegisterSheet';
import { DateField } from '../../ui/dates/DateField';

const NONE = 'none';

/**
 * 打印登记 the classified print register: every print, export and attachment download of a
 * record, who did it, its 密级 and copies where known. Opens on 秘密 and 机密; filters by 密级
 * and date; exports what it shows to .xlsx.
 */
export function PrintRegisterPanel() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [levels, setLevels] = useState<string[]>([...CLASSIFIED_LEVELS]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filter: OutputFilter = {
    secrecy: levels.map((l) => (l === NONE ? null : (l as SecrecyLevel))),
    from: from || undefined,
    to: to || undefined,
  };
  const pager = useKeysetPager<number>(`${levels.join()}|${from}|${to}`);
  const page = useLiveQuery(
    () => outputRegisterRepo.listPage(filter, { before: pager.after }),
    [levels.join(), from, to, pager.after],
  );

  const exportSheet = async () => {
    try {
      const result = await exportPrintRegister(t, filter);
      if (result.status === 'saved')
        notifications.show({ color: 'green', message: t('documents.output.saved', { path: result.path }) });
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e), autoClose: false });
    }
  };

  return (
    <Stack>
      <Group align="flex-end">
        <Checkbox.Group label={t('documents.columns.secrecy')} value={levels} onChange={setLevels}>
          <Group mt={6}>
            {[...SECRECY_LEVELS, NONE].map((l) => (
              <Checkbox
                key={l}
                value={l}
                label={
                  l === NONE ? t('documents.printRegister.noSecrecy') : t(`documents.secrecy.${l as SecrecyLevel}`)
                }
              />
            ))}
          </Group>
        </Checkbox.Group>
        <DateField label={t('documents.printRegister.from')} value={from} onChange={(v) => setFrom(v)} />
        <DateField label={t('documents.printRegister.to')} value={to} onChange={(v) => setTo(v)} />
        <Button variant="default" onClick={() => void exportSheet()}>
          {t('documents.printRegister.export')}
        </Button>
      </Group>
      <RecordTable
        label={t('documents.printRegister.title')}
        columns={registerHeaders(t)}
        isEmpty={!!page && page.rows.length === 0}
      >
        {page?.rows.map((e) => (
          <Table.Tr key={e.seq}>
            {registerCells(t, e).map((cell, i) => (
              <Table.Td key={i}>{cell}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </RecordTable>
      <PagerControls
        pageNumber={pager.pageNumber}
        hasNext={page?.nextBefore != null}
        onPrevious={pager.previous}
        onNext={() => page?.nextBefore != null && pager.next(page.nextBefore)}
      />
    </Stack>
  );
}
