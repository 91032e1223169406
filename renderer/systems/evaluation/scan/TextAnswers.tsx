import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PaperFormLayout } from '../../../../shared/systems/evaluation/paperForm/layoutModel';
import type { ScannedCopy } from '../../../../shared/systems/evaluation/paperForm/scanReturns';
import type { ScannedPage } from './scanTypes';
import { ScanImage } from './ScanImage';

/**
 * A copy's free-text answers as the images of their areas, each under its question as printed:
 * the app never reads handwriting, it keeps the image with the return for the office to read.
 */
export function TextAnswers(props: {
  copy: ScannedCopy<number>;
  pages: readonly ScannedPage[];
  layout: PaperFormLayout;
}) {
  const { t } = useTranslation();
  const { copy, pages, layout } = props;
  const areas = layout.pages.flatMap((p) => p.textAreas.map((area) => ({ pageNo: p.pageNo, area })));
  if (!areas.length) return null;
  const title = t('evaluationScan.textAnswers.title', { copy: copy.copyNumber });
  return (
    <Paper withBorder p="md" aria-label={title}>
      <Stack gap="sm">
        <Title order={5}>{title}</Title>
        <Text size="sm" c="dimmed">
          {t('evaluationScan.textAnswers.hint')}
        </Text>
        {areas.map(({ pageNo, area }) => {
          const ref = copy.pages[pageNo];
          const png = ref === undefined ? undefined : pages[ref]?.crops.find((c) => c.itemId === area.itemId)?.png;
          return (
            <Stack key={area.itemId} gap={4}>
              <Text fw={600}>{area.label}</Text>
              <ScanImage
                png={png}
                alt={t('evaluationScan.textAnswers.image', { question: area.label })}
                missing={t('evaluationScan.textAnswers.none', { page: pageNo })}
              />
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
