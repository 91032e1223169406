import { useState } from 'react';
import { Alert, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { type Check, mayHaveNotice } from '../../../../shared/systems/supervision/check';
import { checkRunRepo } from '../data/checkRunRepo';
import { settingsRepo } from '../../../core/data/settingsRepo';
import { useErrorText } from '../../../core/ui/useErrorText';
import { OutputButtons } from './OutputButtons';
import type { useIssuedOutput } from './useIssuedOutput';

/** 下发专项通知 (S2-4.2) in the seed's way of working; none at all for an unannounced check. */
export function NoticeSection({ check, out }: { check: Check; out: ReturnType<typeof useIssuedOutput> }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const office = useLiveQuery(() => settingsRepo.office(), []);
  const [prefix, setPrefix] = useState<string | null>(null);
  const [extra, setExtra] = useState('');
  if (!mayHaveNotice(check)) {
    return (
      <Alert color="gray" data-testid="no-notice">
        {t('supervision.notice.unannounced')}
      </Alert>
    );
  }
  if (check.noticeDocumentId) {
    return (
      <Group>
        <Text size="sm">{t('supervision.notice.issued', { number: check.noticeNumber })}</Text>
        <OutputButtons
          label={t('supervision.notice.name')}
          onOutput={(f) => void out.issued(f, check.noticeDocumentId!)}
        />
      </Group>
    );
  }
  const ready =
    (check.status === 'approved' || check.status === 'underway') && (check.method !== 'random' || !!check.draw);
  if (!ready)
    return (
      <Text size="sm" c="dimmed">
        {check.method === 'random' ? t('supervision.notice.afterDraw') : t('supervision.notice.afterApproval')}
      </Text>
    );
  const prefixes = office?.documentPrefixes ?? [];
  const chosen = prefix ?? prefixes[prefixes.length > 1 ? 1 : 0] ?? null;
  const issue = async () => {
    if (!chosen) return;
    try {
      const issued = await checkRunRepo.issueNotice(check.id, { prefix: chosen, extra });
      notifications.show({ color: 'green', message: t('supervision.notice.done', { number: issued.number }) });
      await out.issued('print', issued);
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e) });
    }
  };
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('supervision.notice.hint')}
      </Text>
      <Group align="flex-end">
        <Select
          label={t('supervision.notice.prefix')}
          allowDeselect={false}
          value={chosen}
          onChange={setPrefix}
          data={prefixes}
          w={200}
        />
        <Textarea
          label={t('supervision.notice.extra')}
          autosize
          minRows={1}
          value={extra}
          onChange={(e) => setExtra(e.currentTarget.value)}
          w={420}
        />
        <Button onClick={() => void issue()}>{t('supervision.notice.issue')}</Button>
      </Group>
    </Stack>
  );
}
