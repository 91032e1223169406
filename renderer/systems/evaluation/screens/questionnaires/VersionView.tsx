import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { slotsOf, type QuestionnaireVersion } from '../../../../../shared/systems/evaluation';
import type { Names } from '../useNames';
import { slotLabel } from './slotLabel';

/** A version as it reads: its scale and its numbered slots, in print order. */
export function VersionView({
  version,
  names,
  isCurrent,
}: {
  version: QuestionnaireVersion;
  names: Names;
  isCurrent: boolean;
}) {
  const { t } = useTranslation();
  const slots = slotsOf(version);
  return (
    <Card withBorder>
      <Stack gap={4}>
        <Group gap="xs">
          <Text fw={600}>{t('evaluation.questionnaires.versionN', { version: version.version })}</Text>
          {isCurrent && <Badge size="sm">{t('evaluation.questionnaires.current')}</Badge>}
          <Text size="sm" c="dimmed">
            {version.scale.grades.map((g) => `${g.label}${g.points}`).join(' / ')} ·{' '}
            {t('evaluation.questionnaires.slots', { count: slots.length })}
          </Text>
        </Group>
        {version.intro && <Text size="sm">{version.intro}</Text>}
        <Text size="sm" style={{ columnCount: 2 }}>
          {slots.map((s) => (
            <span key={s.key} style={{ display: 'block' }}>
              {s.no}. {slotLabel(s, version, names)}
            </span>
          ))}
        </Text>
      </Stack>
    </Card>
  );
}
