import { Badge, Button, Group, Image, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { copyKey, openProblems } from '../../../../shared/systems/evaluation/paperForm/review';
import type { ScannedCopy, UnknownPage } from '../../../../shared/systems/evaluation/paperForm/scanReturns';
import type { ScanDraft } from './draftStore';
import type { ScannedPage } from './scanTypes';
import { useObjectUrl } from './useObjectUrl';

export type CopyState = 'open' | 'ready' | 'saved' | 'refused' | 'failed';

export function copyState(copy: ScannedCopy<number>, draft: ScanDraft, failed: readonly string[]): CopyState {
  const key = copyKey(copy);
  if (draft.saved.includes(key)) return 'saved';
  if (draft.refused.includes(key)) return 'refused';
  if (failed.includes(key)) return 'failed';
  return openProblems(copy, draft.reviews[key] ?? { answers: {}, acceptedMissingPages: [] }).length ? 'open' : 'ready';
}

const COLOUR: Record<CopyState, string> = {
  open: 'orange',
  ready: 'blue',
  saved: 'green',
  refused: 'red',
  failed: 'red',
};

interface Props {
  copies: ScannedCopy<number>[];
  draft: ScanDraft;
  failed: readonly string[];
  titleOf: (questionnaireId: string) => string | null;
  onOpen: (copy: ScannedCopy<number>) => void;
  onRedo: (copy: ScannedCopy<number>) => void;
}

/** Every copy in the batch with where it stands: to review, reviewed, saved, or refused with its reason. */
export function CopyList({ copies, draft, failed, titleOf, onOpen, onRedo }: Props) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder striped aria-label={t('evaluationScan.copies')}>
      <Table.Tbody>
        {copies.map((copy) => {
          const key = copyKey(copy);
          const state = copyState(copy, draft, failed);
          const review = draft.reviews[key] ?? { answers: {}, acceptedMissingPages: [] };
          const other = titleOf(copy.questionnaireId);
          return (
            <Table.Tr key={key}>
              <Table.Td>
                {t('evaluationScan.copyLabel', { copy: copy.copyNumber, version: copy.version })}
                {other && ` ${t('evaluationScan.otherQuestionnaire', { title: other })}`}
              </Table.Td>
              <Table.Td>
                <Badge color={COLOUR[state]} variant="light">
                  {t(`evaluationScan.status.${state}`, { count: openProblems(copy, review).length })}
                </Badge>
                {state === 'refused' && (
                  <Text size="sm" c="red">
                    {t('evaluation.refusals.copyEnteredTwice', { copy: copy.copyNumber })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Button size="compact-sm" variant="subtle" onClick={() => onOpen(copy)}>
                  {state === 'open' ? t('evaluationScan.review') : t('evaluationScan.view')}
                </Button>
                {state === 'ready' && Object.keys(review.answers).length + review.acceptedMissingPages.length > 0 && (
                  <Button size="compact-sm" variant="subtle" onClick={() => onRedo(copy)}>
                    {t('evaluationScan.redo')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** Pages no copy can take, each beside its image and why: never saved, shown so none goes unseen. */
export function UnknownPages({ unknown, pages }: { unknown: UnknownPage<number>[]; pages: readonly ScannedPage[] }) {
  const { t } = useTranslation();
  if (!unknown.length) return null;
  return (
    <Stack gap="xs">
      <Title order={5}>{t('evaluationScan.unknownPages')}</Title>
      {unknown.map((u) => (
        <UnknownPageRow key={u.ref} unknown={u} page={pages[u.ref]} />
      ))}
    </Stack>
  );
}

function UnknownPageRow({ unknown, page }: { unknown: UnknownPage<number>; page: ScannedPage | undefined }) {
  const { t } = useTranslation();
  const url = useObjectUrl(page?.image);
  const code = unknown.code;
  return (
    <Group align="flex-start" wrap="nowrap">
      {url && <Image src={url} w={120} alt={t('evaluationScan.pageImage')} style={{ border: '1px solid #ccc' }} />}
      <Stack gap={2}>
        <Text size="sm" fw={600}>
          {page && t('evaluationScan.pageOf', { file: page.source.fileName, page: page.source.index + 1 })}
        </Text>
        <Text size="sm" c="red">
          {t(`evaluationScan.unknownStatus.${unknown.status}`)}
        </Text>
        {code && (
          <Text size="xs" c="dimmed">
            {t('evaluationScan.unknownCode', { version: code.version, copy: code.copyNumber, page: code.pageNo })}
          </Text>
        )}
      </Stack>
    </Group>
  );
}
