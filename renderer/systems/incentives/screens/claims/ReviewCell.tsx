import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClaimLine } from '../../../../../shared/systems/incentives/claim';

const COLORS = { accepted: 'green', reduced: 'yellow', rejected: 'red' } as const;

/** The reviewer's decision on an item, its reason, and any earlier review a correction replaced. */
export function ReviewCell({ line }: { line: ClaimLine }) {
  const { t } = useTranslation();
  const review = line.review;
  if (!review)
    return (
      <Text size="sm" c="dimmed">
        {t('incentives.review.pending')}
      </Text>
    );
  return (
    <Stack gap={2}>
      <Badge color={COLORS[review.decision]} variant="light">
        {t(`incentives.review.decisions.${review.decision}`)}
        {review.acceptedLevel && review.decision === 'reduced'
          ? ` · ${t(`incentives.level.${review.acceptedLevel}`)}`
          : ''}
      </Badge>
      {review.reason && <Text size="xs">{review.reason}</Text>}
      {(line.reviewHistory ?? []).map((h, i) => (
        <Text key={i} size="xs" c="dimmed" td="line-through">
          {t('incentives.review.history', {
            decision: t(`incentives.review.decisions.${h.decision}`),
            reason: h.reason ? `（${h.reason}）` : '',
          })}
        </Text>
      ))}
    </Stack>
  );
}
