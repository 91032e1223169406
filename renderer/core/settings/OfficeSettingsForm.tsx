import { useEffect } from 'react';
import { Alert, Button, Group, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DEFAULT_OFFICE_SETTINGS, type OfficeSettings, officeSettingsSchema } from '../../../shared/core/office/office';
import { settingsRepo } from '../data/settingsRepo';
import { getSession } from '../data/session';
import { zodValidate } from '../ui/zodValidate';
import { useSaveAction } from './useSaveAction';

const TEXT_FIELDS = [
  'cityName',
  'leadingGroupName',
  'officeName',
  'groupLeaderName',
  'groupLeaderTitle',
  'directorName',
  'directorTitle',
  'approvalSlipPrefix',
  'supervisionSlipPrefix',
  'contactLine',
] as const;

/** The office's names and leaders: printed on slips and documents. */
export function OfficeSettingsForm() {
  const { t } = useTranslation();
  const save = useSaveAction();
  // The repository refuses a staff account too; the form says so before anyone types.
  const isAdmin = getSession()?.isAdmin ?? false;
  const form = useForm<OfficeSettings>({
    initialValues: DEFAULT_OFFICE_SETTINGS,
    validate: zodValidate(officeSettingsSchema, t),
  });

  useEffect(() => {
    void settingsRepo.office().then((value) => {
      form.setValues(value);
      form.resetDirty(value);
    });
    // Load once on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <form onSubmit={form.onSubmit((values) => void save(() => settingsRepo.saveOffice(values)))}>
      {!isAdmin && (
        <Alert color="gray" mb="sm">
          {t('settings.office.adminOnly')}
        </Alert>
      )}
      <SimpleGrid cols={2}>
        {TEXT_FIELDS.map((field) => (
          <TextInput
            key={field}
            label={t(`common.fields.${field}`)}
            disabled={!isAdmin}
            {...form.getInputProps(field)}
          />
        ))}
        <TagsInput
          disabled={!isAdmin}
          label={t('common.fields.documentPrefixes')}
          description={t('settings.office.prefixesHint')}
          {...form.getInputProps('documentPrefixes')}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="md">
        <Button type="submit" disabled={!isAdmin}>
          {t('common.save')}
        </Button>
      </Group>
    </form>
  );
}
