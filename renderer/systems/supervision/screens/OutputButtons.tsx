import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutputFormat } from '../../../core/documents/output/useDocumentOutput';

/** Print, PDF and Word for one document, labelled with what it is. */
export function OutputButtons({ label, onOutput }: { label: string; onOutput: (format: OutputFormat) => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="group" aria-label={label}>
      <Button size="xs" variant="light" onClick={() => onOutput('print')}>
        {t('supervision.output.print', { name: label })}
      </Button>
      <Button size="xs" variant="default" onClick={() => onOutput('pdf')}>
        {t('supervision.output.pdf')}
      </Button>
      <Button size="xs" variant="default" onClick={() => onOutput('docx')}>
        {t('supervision.output.docx')}
      </Button>
    </Group>
  );
}
