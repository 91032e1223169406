import { Anchor, Button, CloseButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClaimLine } from '../../../../../shared/systems/incentives/claim';
import { recordedOutput } from '../../../../core/documents/output/recordedOutput';
import { getHost } from '../../../../core/host';
import { useActionError } from '../../../../core/ui/useActionError';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { evidenceRepo } from '../../data/evidenceRepo';

/** What evidence comes as: scans, photos, office files, 版式 OFD. */
const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  ofd: 'application/ofd',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
};

/** 证明材料 of one item: each file to save a copy of, and (while it may change) upload or remove. */
export function EvidenceCell({ claimId, line, isEditable }: { claimId: string; line: ClaimLine; isEditable: boolean }) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const upload = () =>
    run(async () => {
      const file = await getHost().openFile({
        filters: [{ name: t('incentives.line.evidence'), extensions: Object.keys(MIME) }],
        // Larger than the limit, so the repository says the file's size and the limit.
        maxBytes: 200 * 1024 * 1024,
      });
      if (file.status === 'cancelled') return;
      const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
      await evidenceRepo.add(claimId, line.id, [{ name: file.name, type: MIME[ext] ?? '', bytes: file.bytes }]);
    });
  const download = (attachmentId: string, name: string) =>
    run(async () => {
      const blob = await evidenceRepo.blob(attachmentId);
      if (!blob) return;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      // An application has no 密级; its evidence's download is registered like every output of a record.
      const record = {
        kind: 'attachment',
        sourceEntity: 'attachments',
        sourceId: attachmentId,
        title: name,
        number: null,
      };
      await recordedOutput('download', { ...record, secrecy: null, format: 'file', copies: null }, () =>
        getHost().saveFile({
          suggestedName: name,
          filters: [],
          bytes,
          mimeType: blob.type || 'application/octet-stream',
        }),
      );
    });
  return (
    <Stack gap={2}>
      <ErrorAlert error={error} />
      {line.evidence.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('incentives.line.noEvidence')}
        </Text>
      )}
      {line.evidence.map((e) => (
        <Group key={e.attachmentId} gap={2} wrap="nowrap">
          <Anchor
            component="button"
            type="button"
            size="sm"
            aria-label={t('incentives.line.download', { name: e.name })}
            onClick={() => void download(e.attachmentId, e.name)}
          >
            {e.name}
          </Anchor>
          {isEditable && (
            <CloseButton
              size="sm"
              aria-label={t('incentives.line.removeEvidence', { name: e.name })}
              onClick={() => void run(() => evidenceRepo.remove(claimId, line.id, e.attachmentId))}
            />
          )}
        </Group>
      ))}
      {isEditable && (
        <Button size="compact-xs" variant="subtle" w="fit-content" onClick={() => void upload()}>
          {t('incentives.line.addEvidence')}
        </Button>
      )}
    </Stack>
  );
}
