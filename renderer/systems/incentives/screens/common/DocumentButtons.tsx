import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutputFormat } from '../../../../core/documents/output/useDocumentOutput';

/** A document's name and its print, PDF and Word buttons. */
export function DocumentButtons({ label, onOutput }: { label: string; onOutput: (format: OutputFormat) => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="group" aria-label={label}>
      <Text size="sm">{label}</Text>
      {(['print', 'pdf', 'docx'] as const).map((format) => (
        <Button
          key={format}
          size="xs"
          variant={format === 'print' ? 'light' : 'default'}
          onClick={() => onOutput(format)}
        >
          {t(`incentives.output.${format}`)}
        </Button>
      ))}
    </Group>
  );
}
