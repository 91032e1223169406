import { useState } from 'react';
import { Button, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StaffAccount } from '../../../shared/core/auth/staff';
import { renameStaff, resetStaffPassword, setStaffActive } from '../data/staffAdmin';
import { useSaveAction } from './useSaveAction';

type Account = Omit<StaffAccount, 'password'>;
type Dialog = 'rename' | 'reset' | null;

/** One account's row actions for an administrator: rename, reset the password, disable or enable. */
export function StaffAccountActions({ account }: { account: Account }) {
  const { t } = useTranslation();
  const save = useSaveAction();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [value, setValue] = useState('');
  const open = (which: Dialog, initial = '') => {
    setValue(initial);
    setDialog(which);
  };
  const submit = async () => {
    const done =
      dialog === 'rename'
        ? await save(() => renameStaff(account.id, value), t('settings.staff.renamed'))
        : await save(() => resetStaffPassword(account.id, value), t('settings.staff.passwordReset'));
    if (done) setDialog(null);
  };
  const active = account.isActive === 1;
  const label = `${account.displayName} (${account.username})`;

  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="compact-xs" variant="default" onClick={() => open('rename', account.displayName)}>
        {t('settings.staff.rename')}
      </Button>
      <Button size="compact-xs" variant="default" onClick={() => open('reset')}>
        {t('settings.staff.resetPassword')}
      </Button>
      <Button
        size="compact-xs"
        variant="default"
        color={active ? 'red' : undefined}
        onClick={() =>
          void save(
            () => setStaffActive(account.id, !active),
            t(active ? 'settings.staff.disabledDone' : 'settings.staff.enabledDone'),
          )
        }
      >
        {t(active ? 'settings.staff.disable' : 'settings.staff.enable')}
      </Button>
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={t('settings.staff.dialogTitle', {
          action: t(dialog === 'rename' ? 'settings.staff.rename' : 'settings.staff.resetPassword'),
          name: label,
        })}
      >
        <form onSubmit={(e) => (e.preventDefault(), void submit())}>
          <Stack>
            {dialog === 'rename' ? (
              <TextInput
                label={t('common.fields.displayName')}
                value={value}
                onChange={(e) => setValue(e.currentTarget.value)}
                data-autofocus
              />
            ) : (
              <PasswordInput
                label={t('settings.staff.newPassword')}
                value={value}
                onChange={(e) => setValue(e.currentTarget.value)}
                autoComplete="new-password"
                data-autofocus
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDialog(null)}>
                {t('settings.staff.cancel')}
              </Button>
              <Button type="submit">{t('settings.staff.save')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Group>
  );
}
