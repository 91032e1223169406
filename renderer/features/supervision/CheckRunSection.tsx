import { useState } from 'react';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Check } from '../../../shared/domain/supervision/check';
import { checkRunRepo } from '../../data/repos/checkRunRepo';
import { useErrorText } from '../../ui/useErrorText';

/** 开展实地督查: started only once signed (the repository says why not), then closed with a summary. */
export function CheckRunSection({ check }: { check: Check }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState('');
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Stack gap="xs">
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {check.status === 'underway' && <Text size="sm">{t('supervision.run.underway', { at: check.startedAt?.slice(0, 10) })}</Text>}
      {check.status === 'completed' && <Text size="sm">{t('supervision.run.completed', { at: check.completedAt?.slice(0, 10), summary: check.summary || '—' })}</Text>}
      {check.status !== 'underway' && check.status !== 'completed' && (
        <Group>
          <Button variant="light" onClick={() => void run(() => checkRunRepo.start(check.id))}>
            {t('supervision.run.start')}
          </Button>
        </Group>
      )}
      {check.status === 'underway' && (
        <Group align="flex-end">
          <Textarea label={t('supervision.run.summary')} autosize minRows={1} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} w={480} />
          <Button variant="light" onClick={() => void run(() => checkRunRepo.complete(check.id, summary))}>
            {t('supervision.run.complete')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
