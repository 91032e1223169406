import { useSyncExternalStore } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ReadCount {
  read: number;
  checking: boolean;
}

/**
 * The rows counted while a file is read, kept outside React's state: a tick re-renders only the
 * one line that shows it (ReadingStatus), never the dialog around it.
 */
export function createReadCounter() {
  let value: ReadCount = { read: 0, checking: false };
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: ReadCount) {
      value = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export type ReadCounter = ReturnType<typeof createReadCounter>;

export function ReadingStatus({ counter, fileName }: { counter: ReadCounter; fileName: string }) {
  const { t } = useTranslation();
  const { read, checking } = useSyncExternalStore(counter.subscribe, counter.get);
  return (
    <Text size="sm" role="status">
      {checking
        ? t('common.import.checking', { count: read })
        : t('common.import.reading', { file: fileName, count: read })}
    </Text>
  );
}
