import { Code, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/core/audit/audit';

/** Field names stay raw: the log records what was stored, not how a form labels it. */
function Snapshot({ label, value }: { label: string; value: unknown }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {value === null || value === undefined ? (
        <Text size="sm" c="dimmed">
          {t('audit.none')}
        </Text>
      ) : (
        <Code block>{JSON.stringify(value, null, 2)}</Code>
      )}
    </Stack>
  );
}

export function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={2}>
      <Snapshot label={t('audit.before')} value={entry.before} />
      <Snapshot label={t('audit.after')} value={entry.after} />
    </SimpleGrid>
  );
}
