import type { ReactNode } from 'react';
import { Paper, Stack, Title } from '@mantine/core';

/** One step of a check or an item, as a labelled region (screen readers and tests find it by name). */
export function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={4}>{title}</Title>
        {children}
      </Stack>
    </Paper>
  );
}
