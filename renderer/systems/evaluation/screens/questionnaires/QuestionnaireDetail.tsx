import { useState } from 'react';
import { Anchor, Badge, Button, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { versionForEdit } from '../../../../../shared/systems/evaluation';
import { navigate } from '../../../../core/shell/routes';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { useActionError } from '../../../../core/ui/useActionError';
import { questionnairesRepo } from '../../data/questionnairesRepo';
import { returnsRepo } from '../../data/returnsRepo';
import { ScanReturnsModal } from '../../scan/ScanReturnsModal';
import { placeSub } from '../evaluationRoute';
import { useNames } from '../useNames';
import { DesignModal } from './DesignModal';
import { DifferencesModal } from './DifferencesModal';
import { ImportReturnsModal } from './ImportReturnsModal';
import { PrintCopiesModal } from './PrintCopiesModal';
import { ReturnView } from './ReturnView';
import { VersionView } from './VersionView';

/** One questionnaire: its versions, numbered copies, returns received and entered, and what is left to settle. */
export function QuestionnaireDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const names = useNames();
  const { error, run } = useActionError();
  const q = useLiveQuery(() => questionnairesRepo.get(id), [id]);
  const versions = useLiveQuery(() => questionnairesRepo.versions(id), [id]) ?? [];
  const differing = useLiveQuery(() => returnsRepo.listByStatus(id, 'differs'), [id]) ?? [];
  const awaiting = useLiveQuery(() => returnsRepo.listByStatus(id, 'awaitingSecond'), [id]) ?? [];
  const [modal, setModal] = useState<'design' | 'print' | 'import' | 'scan' | null>(null);
  const [settling, setSettling] = useState<string | null>(null);
  const [received, setReceived] = useState<number | string>('');
  const [lookup, setLookup] = useState<number | string>('');
  const [viewing, setViewing] = useState<number | null>(null);
  if (!q) return null;
  const current = versions.find((v) => v.version === q.currentVersion);
  const go = (isSecond: boolean) => navigate('evaluation', placeSub({ page: 'entry', id, isSecond }));
  return (
    <Stack>
      <Anchor
        component="button"
        type="button"
        size="sm"
        w="fit-content"
        onClick={() => navigate('evaluation', 'questionnaires')}
      >
        {t('evaluation.questionnaires.back')}
      </Anchor>
      <Group justify="space-between">
        <Title order={3}>{q.title}</Title>
        <Group gap="xs">
          <Badge variant="outline">{t('evaluation.questionnaires.versionN', { version: q.currentVersion })}</Badge>
          {q.isDoubleEntry && <Badge>{t('evaluation.fields.isDoubleEntry')}</Badge>}
        </Group>
      </Group>
      <ErrorAlert error={error} />
      <Group>
        <Button variant="light" onClick={() => setModal('design')}>
          {t('evaluation.design.edit')}
        </Button>
        <Button variant="light" onClick={() => setModal('print')}>
          {t('evaluation.print.open')}
        </Button>
        <Button onClick={() => go(false)}>{t('evaluation.entry.open')}</Button>
        {q.isDoubleEntry && (
          <Button variant="light" onClick={() => go(true)} disabled={awaiting.length === 0}>
            {t('evaluation.entry.second', { count: awaiting.length })}
          </Button>
        )}
        <Button variant="light" onClick={() => setModal('import')}>
          {t('evaluation.import.open')}
        </Button>
        <Button variant="light" onClick={() => setModal('scan')}>
          {t('evaluationScan.open')}
        </Button>
      </Group>
      <Group align="flex-end">
        <Text>
          {t('evaluation.questionnaires.counts', {
            printed: q.printRuns.reduce((n, r) => n + r.toCopy - r.fromCopy + 1, 0),
            received: q.received,
            entered: q.entered,
            unsettled: q.unsettled,
          })}
        </Text>
        <NumberInput
          w={140}
          min={0}
          aria-label={t('evaluation.questionnaires.registerReceived')}
          placeholder={String(q.received)}
          value={received}
          onChange={setReceived}
        />
        <Button
          variant="default"
          onClick={() =>
            void run(async () => {
              await questionnairesRepo.registerReceived(id, Number(received));
              notifications.show({ color: 'green', message: t('evaluation.questionnaires.receivedSaved') });
              setReceived('');
            })
          }
        >
          {t('evaluation.questionnaires.registerReceived')}
        </Button>
        <NumberInput
          w={110}
          min={1}
          aria-label={t('evaluation.returnView.copy')}
          placeholder={t('evaluation.returnView.copy')}
          value={lookup}
          onChange={setLookup}
          onKeyDown={(e) => e.key === 'Enter' && Number(lookup) > 0 && setViewing(Number(lookup))}
        />
        <Button variant="default" disabled={!(Number(lookup) > 0)} onClick={() => setViewing(Number(lookup))}>
          {t('evaluation.returnView.open')}
        </Button>
      </Group>
      {differing.length > 0 && (
        <Stack gap={4}>
          <Title order={5}>{t('evaluation.settle.title', { count: differing.length })}</Title>
          <Group gap="xs">
            {differing.map((r) => (
              <Button key={r.id} size="xs" color="orange" variant="light" onClick={() => setSettling(r.id)}>
                {t('evaluation.settle.copy', { copy: r.copyNumber, count: r.differences.length })}
              </Button>
            ))}
          </Group>
        </Stack>
      )}
      {q.printRuns.length > 0 && (
        <Table withTableBorder>
          <Table.Tbody>
            {q.printRuns.map((r) => (
              <Table.Tr key={r.fromCopy}>
                <Table.Td>{r.on}</Table.Td>
                <Table.Td>{t('evaluation.print.run', { from: r.fromCopy, to: r.toCopy, version: r.version })}</Table.Td>
                <Table.Td>{r.by}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {[...versions].reverse().map((v) => (
        <VersionView key={v.version} version={v} names={names} isCurrent={v.version === q.currentVersion} />
      ))}
      {modal === 'design' && current && (
        <DesignModal
          names={names}
          start={{
            id,
            title: current.title,
            intro: current.intro,
            secrecy: q.secrecy,
            isDoubleEntry: q.isDoubleEntry,
            scaleId: current.scale.id,
            questions: current.questions,
            makesVersion: versionForEdit(q) !== q.currentVersion ? versionForEdit(q) : undefined,
          }}
          onClose={() => setModal(null)}
        />
      )}
      {modal === 'print' && current && (
        <PrintCopiesModal questionnaire={q} version={current} onClose={() => setModal(null)} />
      )}
      {modal === 'import' && (
        <ImportReturnsModal questionnaire={q} versions={versions} names={names} onClose={() => setModal(null)} />
      )}
      {modal === 'scan' && <ScanReturnsModal questionnaireId={id} onClose={() => setModal(null)} />}
      {viewing !== null && (
        <ReturnView questionnaireId={id} copyNumber={viewing} names={names} onClose={() => setViewing(null)} />
      )}
      {settling && <DifferencesModal returnId={settling} names={names} onClose={() => setSettling(null)} />}
    </Stack>
  );
}
