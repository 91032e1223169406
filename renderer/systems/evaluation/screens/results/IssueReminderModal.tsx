import { useState } from 'react';
import { Alert, Checkbox, Modal, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../../shared/core/common/localDate';
import { SECRECY_LEVELS, type SecrecyLevel } from '../../../../../shared/core/common/secrecy';
import { DEFAULT_THRESHOLDS, rectificationDeadline, type ProblemFlag } from '../../../../../shared/systems/evaluation';
import { settingsRepo } from '../../../../core/data/settingsRepo';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';
import { evaluationSettingsRepo } from '../../data/evaluationSettingsRepo';
import { remindersRepo } from '../../data/remindersRepo';
import { resultsRepo } from '../../data/resultsRepo';
import type { Names } from '../useNames';
import { contentIdsOf } from './SourcesDrawer';
import { usePeriodText } from '../usePeriodText';

/**
 * 通报提醒 (S4-5.3) to a flagged unit: numbered in one of the office's series, quoting the talents'
 * words the office picks, with the rectification deadline in working days — tracked by supervision.
 */
export function IssueReminderModal(props: {
  flag: ProblemFlag;
  names: Names;
  onClose: () => void;
  onIssued: (documentId: string) => void;
}) {
  const { flag, names, onClose, onIssued } = props;
  const { t } = useTranslation();
  const periodText = usePeriodText();
  const { error, run } = useActionError();
  const office = useLiveQuery(() => settingsRepo.office(), []);
  const thresholds = useLiveQuery(() => evaluationSettingsRepo.thresholds(), []) ?? DEFAULT_THRESHOLDS;
  const calendar = useLiveQuery(() => evaluationSettingsRepo.calendar(), []);
  const sources = useLiveQuery(
    () => resultsRepo.sources(flag.unitId, contentIdsOf(flag.contentId, names), flag.period),
    [flag.unitId, flag.period],
  );
  const opinions = [
    ...(sources?.records.flatMap((r) =>
      r.ratings.filter((x) => x.unitId === flag.unitId && x.opinion).map((x) => x.opinion),
    ) ?? []),
    ...(sources?.returns.map((r) => r.opinion).filter(Boolean) ?? []),
  ];
  const [picked, setPicked] = useState<string[] | null>(null);
  const chosen = picked ?? opinions.slice(0, 3);
  const [prefix, setPrefix] = useState<string | null>(null);
  const [secrecy, setSecrecy] = useState<SecrecyLevel>('internal');
  const series = prefix ?? office?.documentPrefixes[office.documentPrefixes.length > 1 ? 1 : 0] ?? null;
  const deadline = calendar
    ? rectificationDeadline(calendar, localDate(new Date()), thresholds.rectificationWorkingDays)
    : null;
  const issue = () =>
    run(async () => {
      const reminder = await remindersRepo.issue({
        unitId: flag.unitId,
        contentId: flag.contentId,
        period: flag.period,
        prefix: series ?? '',
        secrecy,
        opinions: chosen,
      });
      notifications.show({
        color: 'green',
        message: t('evaluation.reminder.issued', { number: reminder.number, dueOn: reminder.dueOn }),
      });
      onIssued(reminder.documentId);
    });
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('evaluation.reminder.title', { unit: names.unitName(flag.unitId), period: periodText(flag.period) })}
    >
      <form onSubmit={(e) => (e.preventDefault(), void issue())}>
        <Stack>
          <ErrorAlert error={error} />
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
          {deadline && (
            <Text>
              {t('evaluation.reminder.deadline', { days: thresholds.rectificationWorkingDays, dueOn: deadline.dueOn })}
            </Text>
          )}
          {deadline && deadline.assumedYears.length > 0 && (
            <Alert color="orange">
              {t('evaluation.calendar.assumed', { years: deadline.assumedYears.join('、') })}
            </Alert>
          )}
          {opinions.length > 0 && (
            <Checkbox.Group
              label={t('evaluation.reminder.opinions')}
              value={chosen}
              onChange={(v) => setPicked(v.slice(0, 5))}
            >
              <Stack gap={4} mt={4}>
                {[...new Set(opinions)].map((o) => (
                  <Checkbox key={o} value={o} label={<span data-record-text>{o}</span>} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <FormActions onCancel={onClose} submitLabel={t('evaluation.reminder.issue')} color="red" />
        </Stack>
      </form>
    </Modal>
  );
}
