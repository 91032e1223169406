import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { documentsRepo } from '../data/documentsRepo';
import { navigate } from '../shell/routes';
import { sourceRoute } from '../search/documentSearch';
import type { useDocumentOutput } from './output/useDocumentOutput';

/**
 * One document of the register, opened by its address (#/documents/<id>, as the header search
 * does): what it is, reprinted or re-exported exactly as issued, and the record it came from.
 */
export function FocusedDocument({ id, output }: { id: string; output: ReturnType<typeof useDocumentOutput> }) {
  const { t } = useTranslation();
  const doc = useLiveQuery(() => documentsRepo.get(id), [id]);
  if (!doc) return null;
  const source = sourceRoute(doc.sourceId);
  return (
    <Card withBorder aria-label={t('documents.focus.label')} data-testid="focused-document">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{doc.title}</Text>
          <Group gap="xs" wrap="nowrap">
            <Badge variant="light">{t(`documents.kinds.${doc.kind}`)}</Badge>
            <Badge variant="light" color={doc.secrecy === 'public' ? 'gray' : 'orange'}>
              {t(`documents.secrecy.${doc.secrecy}`)}
            </Badge>
            <Badge color={doc.status === 'voided' ? 'gray' : 'green'}>{t(`documents.status.${doc.status}`)}</Badge>
          </Group>
        </Group>
        <Text size="sm">
          {doc.number} · {doc.issuedAt.slice(0, 10)}
          {doc.status === 'voided' && ` · ${doc.voidReason}`}
        </Text>
        <Group gap="xs">
          <Button size="xs" onClick={() => output.request('print', doc.document, doc.id)}>
            {t('documents.actions.print')}
          </Button>
          <Button size="xs" variant="default" onClick={() => output.request('pdf', doc.document, doc.id)}>
            {t('documents.actions.pdf')}
          </Button>
          <Button size="xs" variant="default" onClick={() => output.request('docx', doc.document, doc.id)}>
            {t('documents.actions.docx')}
          </Button>
          {source && (
            <Button size="xs" variant="subtle" onClick={() => (window.location.hash = `#/${source}`)}>
              {t('documents.focus.source')}
            </Button>
          )}
          <Button size="xs" variant="subtle" color="gray" onClick={() => navigate('documents')}>
            {t('documents.focus.close')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
