import { useState } from 'react';
import { useErrorText } from './useErrorText';

export interface ActionError {
  /** The translated message of the last failure, or null. */
  error: string | null;
  /**
   * Clears the message, awaits the work and, when it throws, shows its translated message. Resolves
   * true when the work succeeded, so the caller closes, notifies or resets busy flags as before.
   */
  run: (work: () => Promise<unknown>) => Promise<boolean>;
  clear: () => void;
  /** Shows a message the caller has already translated (its own checks before any work). */
  show: (message: string) => void;
}

/**
 * One place for the rule every form and action follows: a failure is shown as its translated
 * message, the data is left as it was, and trying again starts from a clean slate.
 */
export function useActionError(): ActionError {
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  };
  return { error, run, clear: () => setError(null), show: setError };
}
