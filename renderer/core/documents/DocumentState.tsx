import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IssuedDocument } from '../../../shared/core/documents/register';

/** A register row's state: issued or voided — with the reason in the row — and 补录 when entered afterwards. */
export function DocumentState({ doc }: { doc: IssuedDocument }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      {doc.enteredAfter && (
        <Badge
          color="violet"
          variant="light"
          title={t('documents.backfill.enteredBy', { by: doc.enteredAfter.by, at: doc.enteredAfter.at.slice(0, 10) })}
        >
          {t('documents.backfill.badge')}
        </Badge>
      )}
      {doc.status === 'voided' ? (
        <>
          <Badge color="gray">{t('documents.status.voided')}</Badge>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'normal', minWidth: '8em' }}>
            {doc.voidReason}
          </Text>
        </>
      ) : (
        <Badge color="green">{t('documents.status.issued')}</Badge>
      )}
    </Group>
  );
}
