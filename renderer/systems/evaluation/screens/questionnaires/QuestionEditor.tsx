import { ActionIcon, Group, MultiSelect, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../../../shared/systems/evaluation';
import { UnitPicker, UnitsPicker } from '../UnitPicker';
import type { Names } from '../useNames';

interface Props {
  question: Question;
  index: number;
  names: Names;
  onChange: (next: Question) => void;
  onRemove: () => void;
  onUp?: () => void;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((o) => o.trim())
    .filter(Boolean);

/**
 * One question of the design, by its kind: whom and what a grade rates, a matrix's units × items, a choice's options.
 */
export function QuestionEditor({ question: q, index, names, onChange, onRemove, onUp }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
      <Group justify="space-between">
        <Text fw={500} size="sm">
          {index + 1}. {t(`evaluation.questionKinds.${q.kind}`)}
        </Text>
        <Group gap={4}>
          {onUp && (
            <ActionIcon variant="subtle" aria-label={t('evaluation.design.up')} onClick={onUp}>
              <IconArrowUp size={16} />
            </ActionIcon>
          )}
          <ActionIcon variant="subtle" color="red" aria-label={t('evaluation.design.remove')} onClick={onRemove}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      </Group>
      <TextInput
        aria-label={t('evaluation.design.text')}
        placeholder={t('evaluation.design.text')}
        value={q.text}
        onChange={(e) => onChange({ ...q, text: e.currentTarget.value })}
      />
      {q.kind === 'grade' && (
        <Group grow>
          <UnitPicker
            names={names}
            label={t('evaluation.ratings.unit')}
            value={q.unitId || null}
            onChange={(v) => onChange({ ...q, unitId: v ?? '' })}
          />
          <Select
            label={t('evaluation.ratings.content')}
            allowDeselect={false}
            data={names.contentOptions}
            value={q.contentId}
            onChange={(v) => v && onChange({ ...q, contentId: v })}
          />
        </Group>
      )}
      {q.kind === 'matrix' && (
        <Group grow align="flex-start">
          <UnitsPicker
            names={names}
            label={t('evaluation.design.units')}
            value={q.unitIds}
            onChange={(v) => onChange({ ...q, unitIds: v })}
          />
          <MultiSelect
            label={t('evaluation.design.contents')}
            data={names.contentOptions}
            value={q.contentIds}
            onChange={(v) => onChange({ ...q, contentIds: v })}
          />
        </Group>
      )}
      {(q.kind === 'single' || q.kind === 'multiple') && (
        <Group grow align="flex-start">
          <TextInput
            label={t('evaluation.design.options')}
            description={t('evaluation.design.optionsHint')}
            value={q.options.join('；')}
            onChange={(e) => onChange({ ...q, options: lines(e.currentTarget.value.replace(/[;；]/g, '\n')) })}
          />
          {q.kind === 'multiple' && (
            <NumberInput
              label={t('evaluation.design.maxChoices')}
              min={1}
              max={9}
              value={q.maxChoices}
              onChange={(v) => onChange({ ...q, maxChoices: Number(v) || 1 })}
            />
          )}
        </Group>
      )}
    </Stack>
  );
}
