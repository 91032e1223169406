import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useErrorText } from '../../../core/ui/useErrorText';

/**
 * Runs a meeting step: a success message when it went through, the translated reason when it
 * was refused (the repository checked the gate), and `busy` while it runs.
 */
export function useMeetingAction() {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const run = async <T>(work: () => Promise<T>, success?: string): Promise<T | undefined> => {
    setBusy(true);
    try {
      const result = await work();
      if (success) notifications.show({ color: 'green', message: success });
      return result;
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(e), autoClose: 12000 });
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}
