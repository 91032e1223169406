import { useState } from 'react';
import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { sampleRepo, type SampleCounts } from '../data/sampleRepo';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useActionError } from '../ui/useActionError';

/** Names what removing the sample data takes, per kind; on confirmation backs up, then removes. */
export function SampleRemovalModal({ kinds, onClose }: { kinds: SampleCounts; onClose: () => void }) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const [busy, setBusy] = useState(false);

  const remove = async () => {
    setBusy(true);
    const done = await run(async () => {
      const { removed, backup } = await sampleRepo.remove();
      const count = Object.values(removed).reduce((sum, n) => sum + n, 0);
      const key = backup === 'written' ? 'settings.sample.removedBackedUp' : 'settings.sample.removedNoBackup';
      notifications.show({ color: 'green', message: t(key, { count }), autoClose: 8000 });
    });
    setBusy(false);
    if (done) onClose();
  };

  return (
    <Modal opened onClose={busy ? () => undefined : onClose} title={t('settings.sample.confirmTitle')}>
      <Stack>
        <ErrorAlert error={error} />
        <Text size="sm">{t('settings.sample.confirmIntro')}</Text>
        <List size="sm" aria-label={t('settings.sample.confirmTitle')}>
          {Object.entries(kinds).map(([table, count]) => (
            <List.Item key={table}>
              {t('settings.sample.kindLine', {
                kind: t(`settings.sample.kinds.${table}` as 'settings.sample.kinds.units', { defaultValue: table }),
                count,
              })}
            </List.Item>
          ))}
        </List>
        <Group justify="flex-end">
          <Button variant="default" disabled={busy} onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void remove()}>
            {t('settings.sample.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
