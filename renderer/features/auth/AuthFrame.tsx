import type { ReactNode } from 'react';
import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../shell/LanguageSwitch';

/** The frame around sign-in, first run and the lock screen. */
export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" bg="gray.1">
      <Paper w={400} p="xl" shadow="md" radius="md">
        <Stack>
          <Stack gap={2}>
            <Text c="red.8" fw={700}>
              {t('shell.appName')}
            </Text>
            <Title order={3}>{title}</Title>
          </Stack>
          {children}
          <LanguageSwitch />
        </Stack>
      </Paper>
    </Center>
  );
}
