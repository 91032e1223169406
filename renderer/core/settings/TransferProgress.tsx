import { useRef, useState } from 'react';
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TransferOptions } from '../../../shared/core/bridge/pieces';

export interface TransferState {
  /** Bytes moved of the total while a big file moves; null otherwise. */
  progress: { done: number; total: number } | null;
  /** Options for one host call: its progress shows here, and stop() stops it between two pieces. */
  start(): TransferOptions;
  stop(): void;
  /** The call ended (done, failed or stopped): the bar goes. */
  end(): void;
}

/** A big backup's move: watched piece by piece, and stoppable (the host then keeps nothing of it). */
export function useTransfer(): TransferState {
  const [progress, setProgress] = useState<TransferState['progress']>(null);
  const controller = useRef<AbortController | null>(null);
  return {
    progress,
    start() {
      const current = new AbortController();
      controller.current = current;
      setProgress(null);
      return {
        signal: current.signal,
        onProgress: (done, total) => {
          if (controller.current === current) setProgress({ done, total });
        },
      };
    },
    stop: () => controller.current?.abort(),
    end() {
      controller.current = null;
      setProgress(null);
    },
  };
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** The bar (bytes of total) and the stop button, shown only while a file moves in pieces. */
export function TransferProgress({ transfer }: { transfer: TransferState }) {
  const { t } = useTranslation();
  const { progress } = transfer;
  if (!progress || progress.total === 0) return null;
  const percent = Math.min(100, (progress.done / progress.total) * 100);
  return (
    <Stack gap={4} data-testid="transfer-progress">
      <Progress value={percent} aria-label={t('settings.backup.progressLabel')} />
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          {t('settings.backup.progress', { done: megabytes(progress.done), total: megabytes(progress.total) })}
        </Text>
        <Button size="xs" variant="default" color="red" onClick={transfer.stop}>
          {t('settings.backup.stop')}
        </Button>
      </Group>
    </Stack>
  );
}
