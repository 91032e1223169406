import { Alert, Badge, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { slotsOf, type ReturnTextImage } from '../../../../../shared/systems/evaluation';
import { questionnairesRepo } from '../../data/questionnairesRepo';
import { returnsRepo } from '../../data/returnsRepo';
import { textImagesRepo } from '../../data/textImagesRepo';
import { ScanImage } from '../../scan/ScanImage';
import type { Names } from '../useNames';
import { answerText, slotLabel } from './slotLabel';

/**
 * One return as entered, looked up by its 份号: every answer, and for a scanned copy the
 * handwriting of each free-text question as the image of its area, for the office to read.
 */
export function ReturnView(props: { questionnaireId: string; copyNumber: number; names: Names; onClose: () => void }) {
  const { questionnaireId, copyNumber, names, onClose } = props;
  const { t } = useTranslation();
  const found = useLiveQuery(async () => {
    const ret = await returnsRepo.byCopy(questionnaireId, copyNumber);
    if (!ret) return { ret };
    const [version, images] = await Promise.all([
      questionnairesRepo.version(questionnaireId, ret.version),
      textImagesRepo.forReturn(ret.id),
    ]);
    return { ret, version, images };
  }, [questionnaireId, copyNumber]);
  const title = found?.ret
    ? t('evaluation.returnView.title', { copy: copyNumber, version: found.ret.version })
    : t('evaluation.returnView.open');
  return (
    <Modal opened onClose={onClose} size="xl" title={title}>
      {found && !found.ret && <Alert color="yellow">{t('evaluation.returnView.notFound', { copy: copyNumber })}</Alert>}
      {found?.ret && found.version && (
        <Stack>
          <Group gap="xs">
            <Text size="sm">
              {t('evaluation.returnView.entered', { date: found.ret.receivedOn, by: found.ret.first.staffName })}
            </Text>
            {found.images && found.images.length > 0 && (
              <Badge variant="light">{t('evaluation.returnView.scanned')}</Badge>
            )}
          </Group>
          <Table withTableBorder>
            <Table.Tbody>
              {slotsOf(found.version).map((slot) => {
                const answers = found.ret.answers ?? found.ret.first.answers;
                const grades = found.version!.scale.grades.map((g) => g.label);
                const images = (found.images ?? []).filter((i) => i.itemId === slot.questionId);
                return (
                  <Table.Tr key={slot.key}>
                    <Table.Td w="45%">
                      {slot.no}. {slotLabel(slot, found.version!, names)}
                    </Table.Td>
                    <Table.Td>
                      {slot.kind === 'text' && images.length ? (
                        <Handwriting images={images} />
                      ) : (
                        answerText(slot, answers[slot.key], grades, t)
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Modal>
  );
}

function Handwriting({ images }: { images: ReturnTextImage[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      {images.map((image) => (
        <ScanImage
          key={image.id}
          png={image.blob}
          alt={t('evaluation.returnView.image', { page: image.pageNo })}
          missing=""
        />
      ))}
      <Text size="xs" c="dimmed">
        {t('evaluation.returnView.source', { file: images[0].fileName, page: images[0].fileIndex + 1 })}
      </Text>
    </Stack>
  );
}
