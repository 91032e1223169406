import { ActionIcon, Button, Group, Select, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FIVE_GRADE_SCALE, type Rating } from '../../../../../shared/systems/evaluation';
import { UnitPicker } from '../UnitPicker';
import type { Names } from '../useNames';

interface Props {
  value: Rating[];
  onChange: (next: Rating[]) => void;
  names: Names;
  error?: string;
}

/** The talent's ratings of a record: a unit, a content item, one of the five grades, and their words. */
export function RatingsEditor({ value, onChange, names, error }: Props) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Rating>) => onChange(value.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const last = value[value.length - 1];
  const add = () =>
    onChange([
      ...value,
      { unitId: last?.unitId ?? '', contentId: last ? 'performance' : 'policy', grade: 1, opinion: '' },
    ]);
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('evaluation.ratings.title')}
      </Text>
      {value.map((r, i) => (
        <Stack key={i} gap={4} p="xs" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
          <Group grow align="flex-end">
            <UnitPicker
              names={names}
              label={t('evaluation.ratings.unit')}
              value={r.unitId || null}
              onChange={(v) => set(i, { unitId: v ?? '' })}
            />
            <Select
              label={t('evaluation.ratings.content')}
              allowDeselect={false}
              data={names.contentOptions}
              value={r.contentId}
              onChange={(v) => v && set(i, { contentId: v })}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('evaluation.ratings.remove')}
              onClick={() => onChange(value.filter((_, j) => j !== i))}
              style={{ flexGrow: 0 }}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
          <SegmentedControl
            aria-label={t('evaluation.ratings.grade')}
            value={String(r.grade)}
            onChange={(v) => set(i, { grade: Number(v) })}
            data={FIVE_GRADE_SCALE.grades.map((g, k) => ({
              value: String(k),
              label: t(`evaluation.grades.${k as 0}`) || g.label,
            }))}
          />
          <TextInput
            placeholder={t('evaluation.ratings.opinion')}
            aria-label={t('evaluation.ratings.opinion')}
            value={r.opinion}
            onChange={(e) => set(i, { opinion: e.currentTarget.value })}
          />
        </Stack>
      ))}
      {error && (
        <Text size="sm" c="red">
          {error}
        </Text>
      )}
      <Group>
        <Button variant="light" size="xs" onClick={add}>
          {t('evaluation.ratings.add')}
        </Button>
      </Group>
    </Stack>
  );
}
