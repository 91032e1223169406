import { useState } from 'react';
import { Badge, Button, Checkbox, Group, PasswordInput, SimpleGrid, Stack, Table, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { type NewStaff, newStaffSchema } from '../../../shared/core/auth/staffSchema';
import { staffRepo } from '../data/staffRepo';
import { getSession } from '../data/session';
import { zodValidate } from '../ui/zodValidate';
import { StaffAccountActions } from './StaffAccountActions';
import { useSaveAction } from './useSaveAction';

/** Local staff accounts; only an administrator creates, renames, resets and disables them. */
export function StaffAccountsPanel() {
  const { t } = useTranslation();
  const save = useSaveAction();
  const accounts = useLiveQuery(() => staffRepo.list(), []);
  const [isAdmin, setIsAdmin] = useState(false);
  const form = useForm<NewStaff>({
    initialValues: { username: '', displayName: '', password: '' },
    validate: zodValidate(newStaffSchema, t),
  });
  const canCreate = getSession()?.isAdmin ?? false;

  const submit = form.onSubmit(async (values) => {
    if (await save(() => staffRepo.create(values, isAdmin), t('settings.staff.created'))) {
      form.reset();
      setIsAdmin(false);
    }
  });

  return (
    <Stack>
      <Table aria-label={t('settings.staff.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common.fields.username')}</Table.Th>
            <Table.Th>{t('common.fields.displayName')}</Table.Th>
            <Table.Th>{t('common.fields.isAdmin')}</Table.Th>
            <Table.Th>{t('settings.staff.status')}</Table.Th>
            {canCreate && <Table.Th>{t('settings.staff.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts?.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{a.username}</Table.Td>
              <Table.Td>{a.displayName}</Table.Td>
              <Table.Td>{a.isAdmin ? <Badge>{t('common.fields.isAdmin')}</Badge> : null}</Table.Td>
              <Table.Td>
                {a.isActive ? t('settings.staff.active') : <Badge color="gray">{t('settings.staff.disabled')}</Badge>}
              </Table.Td>
              {canCreate && (
                <Table.Td>
                  <StaffAccountActions account={a} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canCreate && (
        <form onSubmit={submit}>
          {/* Three equal columns: in a row of its own the password box shrank to its eye icon's width. */}
          <SimpleGrid cols={3}>
            <TextInput label={t('common.fields.username')} {...form.getInputProps('username')} />
            <TextInput label={t('common.fields.displayName')} {...form.getInputProps('displayName')} />
            <PasswordInput label={t('common.fields.password')} {...form.getInputProps('password')} />
          </SimpleGrid>
          <Group justify="flex-end" mt="sm">
            <Checkbox
              label={t('common.fields.isAdmin')}
              checked={isAdmin}
              onChange={(e) => setIsAdmin(e.currentTarget.checked)}
            />
            <Button type="submit">{t('settings.staff.create')}</Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
