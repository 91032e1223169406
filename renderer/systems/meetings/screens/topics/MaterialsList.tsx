import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../../shared/core/common/attachment';
import { AppError } from '../../../../../shared/core/errors';
import {
  fileSizeText,
  MATERIAL_EXTENSIONS,
  MATERIAL_MAX_BYTES,
} from '../../../../../shared/systems/meetings/materials';
import { refuse } from '../../../../../shared/systems/meetings/refusals';
import type { AgendaItem } from '../../../../../shared/systems/meetings/topic';
import { meetingMaterialsRepo } from '../../data/meetingMaterialsRepo';
import { getHost } from '../../../../core/host';
import { recordedOutput } from '../../../../core/documents/output/recordedOutput';
import { useMeetingAction } from '../useMeetingAction';

/** 会议材料 of a topic: added from a file (20 MB at most), saved out again to print or hand round. */
export function MaterialsList({
  topic,
  materials,
  canChange,
}: {
  topic: AgendaItem;
  materials: Omit<Attachment, 'blob'>[];
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const { run, busy } = useMeetingAction();

  const add = () =>
    run(async () => {
      let file;
      try {
        file = await getHost().openFile({
          filters: [{ name: t('meetings.materials.filter'), extensions: [...MATERIAL_EXTENSIONS] }],
          maxBytes: MATERIAL_MAX_BYTES,
        });
      } catch (e) {
        // The host refuses a file over the limit before reading it: say so in the meeting's words.
        if (e instanceof AppError && e.params.reason === 'too-large')
          throw refuse('materialTooLarge', {
            name: '',
            size: `> ${fileSizeText(MATERIAL_MAX_BYTES)}`,
            limit: fileSizeText(MATERIAL_MAX_BYTES),
          });
        throw e;
      }
      if (file.status !== 'opened') return;
      await meetingMaterialsRepo.add(topic.id, { name: file.name, bytes: file.bytes, mimeType: '' });
    }, t('meetings.materials.added'));

  const save = (id: string) =>
    run(async () => {
      const material = await meetingMaterialsRepo.bytes(id);
      if (!material) return;
      // A material carries its topic's 密级: its download is registered like a print.
      const record = { kind: 'attachment', sourceEntity: 'attachments', sourceId: id, title: material.name };
      await recordedOutput(
        'download',
        { ...record, number: null, secrecy: topic.secrecy, format: 'file', copies: null },
        () =>
          getHost().saveFile({
            suggestedName: material.name,
            bytes: material.bytes,
            mimeType: material.mimeType,
            filters: [],
          }),
      );
    });

  return (
    <Stack gap={2}>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t('meetings.materials.title', { n: materials.length })}
        </Text>
        {canChange && (
          <Button size="compact-xs" variant="light" loading={busy} onClick={() => void add()}>
            {t('meetings.materials.add')}
          </Button>
        )}
      </Group>
      {materials.map((m) => (
        <Group key={m.id} gap="xs">
          <Anchor size="sm" component="button" onClick={() => void save(m.id)}>
            {m.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {fileSizeText(m.size)}
          </Text>
          {canChange && (
            <Anchor
              size="xs"
              c="red"
              component="button"
              onClick={() => void run(() => meetingMaterialsRepo.remove(m.id))}
            >
              {t('common.delete')}
            </Anchor>
          )}
        </Group>
      ))}
    </Stack>
  );
}
