import { useState } from 'react';
import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import {
  flagKeyOf,
  scoreTenths,
  tenthsText,
  type PeriodKey,
  type ProblemFlag,
} from '../../../../../shared/systems/evaluation';
import { remindersRepo } from '../../data/remindersRepo';
import type { Names } from '../useNames';
import { IssueReminderModal } from './IssueReminderModal';
import { DocumentOutputModals } from '../../../../core/documents/output/DocumentOutputModals';
import { useIssuedOutput } from '../useIssuedOutput';

/** 突出问题 of the period by the office's thresholds: each flag with its 通报提醒, or the button to issue one. */
export function FlagsList({ flags, period, names }: { flags: ProblemFlag[]; period: PeriodKey; names: Names }) {
  const { t } = useTranslation();
  const issued = useLiveQuery(() => remindersRepo.ofPeriod(period), [period]) ?? [];
  const [issuing, setIssuing] = useState<ProblemFlag | null>(null);
  const out = useIssuedOutput();
  if (flags.length === 0) return <Alert color="green">{t('evaluation.flags.none')}</Alert>;
  return (
    <Alert color="red" title={t('evaluation.flags.title', { count: flags.length })}>
      <Stack gap={6}>
        {flags.map((f) => {
          const reminder = issued.find((r) => r.flagKey === flagKeyOf(f.unitId, f.period, f.contentId));
          return (
            <Group key={`${f.unitId}|${f.contentId}`} justify="space-between" data-testid="flag">
              <Text size="sm">
                {names.unitName(f.unitId)} ·{' '}
                {f.contentId ? names.contentName(f.contentId) : t('evaluation.results.overall')}：
                {t('evaluation.flags.figures', {
                  score: tenthsText(scoreTenths(f.tally)),
                  n: f.tally.n,
                  dissatisfied: f.tally.dissatisfied,
                })}{' '}
                {f.reasons.map((r) => (
                  <Badge key={r} size="xs" color="red" variant="light" mr={4}>
                    {t(`evaluation.flags.reasons.${r}`)}
                  </Badge>
                ))}
              </Text>
              {reminder ? (
                <Badge variant="outline">{t('evaluation.flags.reminded', { number: reminder.number })}</Badge>
              ) : (
                <Button size="xs" color="red" onClick={() => setIssuing(f)}>
                  {t('evaluation.reminder.open')}
                </Button>
              )}
            </Group>
          );
        })}
      </Stack>
      {issuing && (
        <IssueReminderModal
          flag={issuing}
          names={names}
          onClose={() => setIssuing(null)}
          onIssued={(documentId) => {
            setIssuing(null);
            void out.issued('print', documentId);
          }}
        />
      )}
      <DocumentOutputModals output={out.output} />
    </Alert>
  );
}
