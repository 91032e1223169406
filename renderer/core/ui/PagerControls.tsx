import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PagerControls({
  pageNumber,
  hasNext,
  onPrevious,
  onNext,
}: {
  pageNumber: number;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="xs">
      <Button size="xs" variant="default" disabled={pageNumber <= 1} onClick={onPrevious}>
        {t('common.pager.previous')}
      </Button>
      <Text size="sm">{t('common.pager.page', { page: pageNumber })}</Text>
      <Button size="xs" variant="default" disabled={!hasNext} onClick={onNext}>
        {t('common.pager.next')}
      </Button>
    </Group>
  );
}
