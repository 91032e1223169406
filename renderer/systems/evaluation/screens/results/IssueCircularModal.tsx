import { useState } from 'react';
import { Modal, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { SECRECY_LEVELS, type SecrecyLevel } from '../../../../../shared/core/common/secrecy';
import { scoreTenths, tenthsText, type PeriodKey } from '../../../../../shared/systems/evaluation';
import { settingsRepo } from '../../../../core/data/settingsRepo';
import { DocumentOutputModals } from '../../../../core/documents/output/DocumentOutputModals';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';
import { reportsRepo } from '../../data/reportsRepo';
import { useIssuedOutput } from '../useIssuedOutput';
import type { Names } from '../useNames';
import type { Results } from './useResults';
import { usePeriodText } from '../usePeriodText';

/** 满意度评价情况通报 for the period shown: numbered, kept in the register, then printed or exported. */
export function IssueCircularModal(props: { period: PeriodKey; results: Results; names: Names; onClose: () => void }) {
  const { period, onClose } = props;
  const { t } = useTranslation();
  const periodText = usePeriodText();
  const { error, run } = useActionError();
  const out = useIssuedOutput();
  const office = useLiveQuery(() => settingsRepo.office(), []);
  const report = useLiveQuery(() => reportsRepo.report(period), [period]);
  const [prefix, setPrefix] = useState<string | null>(null);
  const [secrecy, setSecrecy] = useState<SecrecyLevel>('internal');
  const [extra, setExtra] = useState('');
  const series = prefix ?? office?.documentPrefixes[0] ?? null;
  const issue = () =>
    run(async () => {
      const doc = await reportsRepo.issueCircular({ period, prefix: series ?? '', secrecy, extra });
      void out.issued('print', doc.id);
    });
  return (
    <Modal opened onClose={onClose} size="lg" title={t('evaluation.circular.title', { period: periodText(period) })}>
      <form onSubmit={(e) => (e.preventDefault(), void issue())}>
        <Stack>
          <ErrorAlert error={error} />
          {report && (
            <Text size="sm">
              {t('evaluation.circular.summary', {
                n: report.overall.n,
                score: tenthsText(scoreTenths(report.overall)),
                units: report.units.length,
                flags: report.flags.length,
              })}
            </Text>
          )}
          <SimpleGrid cols={2}>
            <Select
              label={t('evaluation.fields.documentPrefixes')}
              allowDeselect={false}
              data={office?.documentPrefixes ?? []}
              value={series}
              onChange={setPrefix}
            />
            <Select
              label={t('evaluation.fields.secrecy')}
              allowDeselect={false}
              data={SECRECY_LEVELS.map((s) => ({ value: s, label: t(`documents.secrecy.${s}`) }))}
              value={secrecy}
              onChange={(v) => v && setSecrecy(v as SecrecyLevel)}
            />
          </SimpleGrid>
          <Textarea
            label={t('evaluation.circular.extra')}
            autosize
            minRows={2}
            value={extra}
            onChange={(e) => setExtra(e.currentTarget.value)}
          />
          <FormActions onCancel={onClose} submitLabel={t('evaluation.circular.issue')} />
        </Stack>
      </form>
      <DocumentOutputModals output={out.output} />
    </Modal>
  );
}
