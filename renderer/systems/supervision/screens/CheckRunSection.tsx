import { useState } from 'react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Check } from '../../../../shared/systems/supervision/check';
import { checkRunRepo } from '../data/checkRunRepo';
import { ErrorAlert } from '../../../core/ui/ErrorAlert';
import { useActionError } from '../../../core/ui/useActionError';

/** 开展实地督查: started only once signed (the repository says why not), then closed with a summary. */
export function CheckRunSection({ check }: { check: Check }) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const [summary, setSummary] = useState('');
  return (
    <Stack gap="xs">
      <ErrorAlert error={error} />
      {check.status === 'underway' && (
        <Text size="sm">{t('supervision.run.underway', { at: check.startedAt?.slice(0, 10) })}</Text>
      )}
      {check.status === 'completed' && (
        <Text size="sm">
          {t('supervision.run.completed', { at: check.completedAt?.slice(0, 10), summary: check.summary || '—' })}
        </Text>
      )}
      {check.status !== 'underway' && check.status !== 'completed' && (
        <Group>
          <Button variant="light" onClick={() => void run(() => checkRunRepo.start(check.id))}>
            {t('supervision.run.start')}
          </Button>
        </Group>
      )}
      {check.status === 'underway' && (
        <Group align="flex-end">
          <Textarea
            label={t('supervision.run.summary')}
            autosize
            minRows={1}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            w={480}
          />
          <Button variant="light" onClick={() => void run(() => checkRunRepo.complete(check.id, summary))}>
            {t('supervision.run.complete')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
