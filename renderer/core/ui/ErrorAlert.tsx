import { Alert } from '@mantine/core';

/** The red message of a failed action (from useActionError); nothing while there is none. */
export function ErrorAlert({ error }: { error: string | null }) {
  return error ? <Alert color="red">{error}</Alert> : null;
}
