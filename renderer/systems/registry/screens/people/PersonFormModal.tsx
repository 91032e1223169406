import { useState } from 'react';
import { Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  INVITEE_KINDS,
  PERSON_ROLES,
  TALENT_CATEGORIES,
  TALENT_SECTORS,
  type Person,
  type PersonRole,
} from '../../../../../shared/systems/registry/person';
import { type PersonInput, personInputSchema } from '../../../../../shared/systems/registry/personSchema';
import { peopleRepo } from '../../data/peopleRepo';
import { ErrorAlert } from '../../../../core/ui/ErrorAlert';
import { FormActions } from '../../../../core/ui/FormActions';
import { useActionError } from '../../../../core/ui/useActionError';
import { zodValidate } from '../../../../core/ui/zodValidate';
import { UnitPicker } from './UnitPicker';

type FormValues = Required<PersonInput>;

function toInput(person: Person | null, defaultRole: PersonRole): FormValues {
  return {
    role: person?.role ?? defaultRole,
    name: person?.name ?? '',
    gender: person?.gender ?? '',
    unitId: person?.unitId ?? null,
    post: person?.post ?? '',
    phone: person?.phone ?? '',
    inviteeKind: person?.inviteeKind ?? null,
    talentCategory: person?.talentCategory ?? null,
    sector: person?.sector ?? null,
    employer: person?.employer ?? '',
  };
}

/**
 * Fields of other roles are hidden, so they are cleared before validating and saving: a person
 * switched from talent to staff must not keep an invisible talent category.
 */
function forRole(v: FormValues): FormValues {
  const isTalent = v.role === 'talent';
  return {
    ...v,
    unitId: v.role === 'contact' ? v.unitId : null,
    inviteeKind: v.role === 'invitee' ? v.inviteeKind : null,
    talentCategory: isTalent ? v.talentCategory : null,
    sector: isTalent ? v.sector : null,
    employer: isTalent ? v.employer : '',
  };
}

export function PersonFormModal({
  person,
  defaultRole,
  onClose,
}: {
  person: Person | null;
  defaultRole: PersonRole;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { error, run } = useActionError();
  const [busy, setBusy] = useState(false);
  const validate = zodValidate(personInputSchema, t);
  const form = useForm<FormValues>({
    initialValues: toInput(person, defaultRole),
    validate: (values) => validate(forRole(values)),
  });
  const role = form.values.role;
  const options = <K extends string>(keys: readonly K[], label: (k: K) => string) =>
    keys.map((k) => ({ value: k, label: label(k) }));

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    const succeeded = await run(async () => {
      const input = forRole(values);
      if (person) await peopleRepo.update(person.id, input);
      else await peopleRepo.create(input);
      onClose();
    });
    if (!succeeded) setBusy(false);
  });

  return (
    <Modal opened onClose={onClose} title={person ? t('people.editTitle') : t('people.newTitle')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <ErrorAlert error={error} />
          <Select
            label={t('common.fields.role')}
            withAsterisk
            allowDeselect={false}
            data={options(PERSON_ROLES, (r) => t(`people.roles.${r}`))}
            {...form.getInputProps('role')}
          />
          <Group grow>
            <TextInput label={t('people.name')} withAsterisk {...form.getInputProps('name')} />
            <Select
              label={t('common.fields.gender')}
              placeholder={t('people.genderPlaceholder')}
              clearable
              data={options(['male', 'female'] as const, (g) => t(`people.genders.${g}`))}
              value={form.values.gender || null}
              onChange={(v) => form.setFieldValue('gender', (v ?? '') as FormValues['gender'])}
              error={form.errors.gender}
            />
          </Group>
          {role === 'contact' && <UnitPicker withAsterisk {...form.getInputProps('unitId')} />}
          {role === 'invitee' && (
            <Select
              label={t('common.fields.inviteeKind')}
              withAsterisk
              data={options(INVITEE_KINDS, (k) => t(`people.inviteeKinds.${k}`))}
              {...form.getInputProps('inviteeKind')}
            />
          )}
          {role === 'talent' && (
            <>
              <Select
                label={t('common.fields.talentCategory')}
                withAsterisk
                data={options(TALENT_CATEGORIES, (c) => t(`people.talentCategories.${c}`))}
                {...form.getInputProps('talentCategory')}
              />
              <Group grow>
                <Select
                  label={t('common.fields.sector')}
                  clearable
                  data={options(TALENT_SECTORS, (s) => t(`people.sectors.${s}`))}
                  {...form.getInputProps('sector')}
                />
                <TextInput label={t('common.fields.employer')} {...form.getInputProps('employer')} />
              </Group>
            </>
          )}
          <Group grow>
            <TextInput label={t('common.fields.post')} {...form.getInputProps('post')} />
            <TextInput label={t('common.fields.phone')} {...form.getInputProps('phone')} />
          </Group>
          <FormActions onCancel={onClose} loading={busy} />
        </Stack>
      </form>
    </Modal>
  );
}
