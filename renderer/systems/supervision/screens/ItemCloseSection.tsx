import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { SupervisionItem } from '../../../../shared/systems/supervision/item';
import { useErrorText } from '../../../core/ui/useErrorText';
import { archiveItem } from './buildArchive';
import { getHost } from '../../../core/host';
import { VerifyModal } from './VerifyModal';

/** 核实 → 办结登记、销号 → 立卷归档 (S2-4.5). */
export function ItemCloseSection({ item }: { item: SupervisionItem }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [verifying, setVerifying] = useState(false);
  const [busy, setBusy] = useState(false);
  const archive = async () => {
    setBusy(true);
    try {
      const result = await archiveItem(item);
      const browser = (await getHost().appInfo()).host === 'browser';
      // A browser cannot print to PDF unattended: the message says what the bundle holds instead.
      const message = browser ? 'supervision.archive.savedHtml' : 'supervision.archive.saved';
      if (result.status === 'saved') notifications.show({ color: 'green', message: t(message, { path: result.path }) });
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e), autoClose: false });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs">
      {(item.status === 'open' || item.status === 'replied') && (
        <Group>
          <Text size="sm" c="dimmed">
            {item.status === 'replied' ? t('supervision.verify.waiting') : t('supervision.verify.noFeedback')}
          </Text>
          <Button variant="light" onClick={() => setVerifying(true)}>
            {t('supervision.verify.open')}
          </Button>
        </Group>
      )}
      {(item.status === 'closed' || item.status === 'archived') && (
        <Alert color="green" title={t('supervision.verify.closedTitle')}>
          {t('supervision.verify.closedLine', { on: item.closedOn, by: item.verifiedBy, note: item.closeNote || '—' })}
        </Alert>
      )}
      {item.status === 'closed' && (
        <Button w="fit-content" loading={busy} onClick={() => void archive()}>
          {t('supervision.archive.run')}
        </Button>
      )}
      {item.status === 'archived' && (
        <Group>
          <Text size="sm">
            {t('supervision.archive.done', { at: item.archivedAt?.slice(0, 10), name: item.archiveName })}
          </Text>
          <Button variant="light" loading={busy} onClick={() => void archive()}>
            {t('supervision.archive.again')}
          </Button>
        </Group>
      )}
      {verifying && <VerifyModal itemId={item.id} onClose={() => setVerifying(false)} />}
    </Stack>
  );
}
