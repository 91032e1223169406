import type { ReactNode } from 'react';
import { Paper, Stack, Title } from '@mantine/core';

export function SettingsSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack>
        <Title order={4}>{title}</Title>
        {children}
      </Stack>
    </Paper>
  );
}
