import { useState } from 'react';
import { Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { UNIT_KINDS, type Unit, type UnitInput, unitInputSchema } from '../../../../../shared/systems/registry/unit';
import { unitsRepo } from '../../data/unitsRepo';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';
import { zodValidate } from '../../../../core/ui/zodValidate';

function toInput(unit: Unit | null): UnitInput {
  return {
    kind: unit?.kind ?? 'member',
    name: unit?.name ?? '',
    shortName: unit?.shortName ?? '',
    partyOrgName: unit?.partyOrgName ?? '',
    parentId: unit?.parentId ?? null,
    contactName: unit?.contactName ?? '',
    contactPhone: unit?.contactPhone ?? '',
    displayOrder: unit?.displayOrder ?? 0,
  };
}

export function UnitFormModal({ unit, towns, onClose }: { unit: Unit | null; towns: Unit[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const [busy, setBusy] = useState(false);
  const form = useForm<UnitInput>({ initialValues: toInput(unit), validate: zodValidate(unitInputSchema, t) });
  const isVillage = form.values.kind === 'village';

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    const succeeded = await run(async () => {
      const input = { ...values, parentId: values.kind === 'village' ? values.parentId : null };
      if (unit) await unitsRepo.update(unit.id, input);
      else await unitsRepo.create(input);
      onClose();
    });
    if (!succeeded) setBusy(false);
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={unit ? t('registry.units.editTitle') : t('registry.units.newTitle')}
      size="lg"
    >
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <Select
            label={t('common.fields.kind')}
            withAsterisk
            allowDeselect={false}
            data={UNIT_KINDS.map((k) => ({ value: k, label: t(`registry.kinds.${k}`) }))}
            {...form.getInputProps('kind')}
          />
          <TextInput label={t('common.fields.name')} withAsterisk {...form.getInputProps('name')} />
          {unit && unit.nameHistory.length > 0 && (
            <Text size="xs" c="dimmed">
              {unit.nameHistory.map((h) => t('registry.units.usedUntil', { name: h.name, until: h.until })).join('；')}
            </Text>
          )}
          <Group grow>
            <TextInput label={t('common.fields.shortName')} {...form.getInputProps('shortName')} />
            <NumberInput
              label={t('common.fields.displayOrder')}
              min={0}
              max={99999}
              {...form.getInputProps('displayOrder')}
            />
          </Group>
          <TextInput label={t('common.fields.partyOrgName')} {...form.getInputProps('partyOrgName')} />
          {isVillage && (
            <Select
              label={t('common.fields.parentId')}
              withAsterisk
              searchable
              data={towns.map((u) => ({ value: u.id, label: u.name }))}
              {...form.getInputProps('parentId')}
            />
          )}
          <Group grow>
            <TextInput label={t('common.fields.contactName')} {...form.getInputProps('contactName')} />
            <TextInput label={t('common.fields.contactPhone')} {...form.getInputProps('contactPhone')} />
          </Group>
          <FormActions onCancel={onClose} loading={busy} />
        </Stack>
      </form>
    </Modal>
  );
}
