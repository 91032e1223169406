import { useState } from 'react';
import { Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { CONTENT_ITEMS, subItemId, type ContentItem } from '../../../../shared/systems/evaluation';
import { ErrorAlert } from '../../../core/ui/ErrorAlert';
import { useActionError } from '../../../core/ui/useActionError';
import { evaluationSettingsRepo } from '../data/evaluationSettingsRepo';

/** 评价内容子项 under the seed's three items: added, retired (kept for old ratings), restored. */
export function SubItemsForm() {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const items = useLiveQuery(() => evaluationSettingsRepo.subItems(), []) ?? [];
  const [parent, setParent] = useState<ContentItem>('performance');
  const [name, setName] = useState('');
  const add = () =>
    run(async () => {
      await evaluationSettingsRepo.saveSubItems([
        ...items,
        { id: subItemId(parent, crypto.randomUUID().slice(0, 8)), parent, name: name.trim(), isActive: 1 },
      ]);
      setName('');
    });
  const toggle = (id: string) =>
    run(() =>
      evaluationSettingsRepo.saveSubItems(items.map((s) => (s.id === id ? { ...s, isActive: s.isActive ? 0 : 1 } : s))),
    );
  return (
    <Stack gap="xs">
      <ErrorAlert error={error} />
      {CONTENT_ITEMS.map((c) => (
        <Group key={c} gap="xs">
          <Text size="sm" fw={500} w={220}>
            {t(`evaluation.content.${c}`)}
          </Text>
          {items
            .filter((s) => s.parent === c)
            .map((s) => (
              <Badge
                key={s.id}
                variant={s.isActive ? 'light' : 'outline'}
                color={s.isActive ? 'blue' : 'gray'}
                style={{ cursor: 'pointer' }}
                onClick={() => void toggle(s.id)}
                title={t(s.isActive ? 'evaluation.settings.retire' : 'evaluation.settings.restore')}
              >
                {s.name}
              </Badge>
            ))}
        </Group>
      ))}
      <Group align="flex-end">
        <Select
          w={260}
          label={t('evaluation.settings.parent')}
          allowDeselect={false}
          data={CONTENT_ITEMS.map((c) => ({ value: c, label: t(`evaluation.content.${c}`) }))}
          value={parent}
          onChange={(v) => v && setParent(v as ContentItem)}
        />
        <TextInput
          label={t('evaluation.settings.subItem')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <Button variant="light" disabled={!name.trim()} onClick={() => void add()}>
          {t('evaluation.settings.addSubItem')}
        </Button>
      </Group>
    </Stack>
  );
}
