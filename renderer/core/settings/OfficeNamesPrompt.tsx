import { useEffect } from 'react';
import { Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_OFFICE_SETTINGS,
  type OfficeSettings,
  officeSettingsSchema,
  withSampleLeaders,
} from '../../../shared/core/office/office';
import { settingsRepo } from '../data/settingsRepo';
import { zodValidate } from '../ui/zodValidate';
import { FormActions } from '../ui/FormActions';
import { useSaveAction } from './useSaveAction';

/** What the first run asks: the names printed on documents and the leaders who chair and sign. */
const ASKED = [
  'cityName',
  'leadingGroupName',
  'officeName',
  'contactLine',
  'groupLeaderName',
  'groupLeaderTitle',
  'directorName',
  'directorTitle',
] as const;

/**
 * Shown once, after the first administrator is created: the office's names (Haicheng's shown as
 * the defaults) and its leaders' names, which minutes, notices and decisions print. 稍后 leaves
 * them for Settings › Office and leaders; a document that would print a blank name refuses to issue.
 */
export function OfficeNamesPrompt({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveAction();
  const form = useForm<OfficeSettings>({
    initialValues: DEFAULT_OFFICE_SETTINGS,
    validate: zodValidate(officeSettingsSchema, t),
  });
  useEffect(() => {
    void settingsRepo.office().then((value) => form.setValues(value));
    // Load once on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = form.onSubmit(async (values) => {
    if (await save(() => settingsRepo.saveOffice(values))) onClose();
  });

  return (
    <Modal opened onClose={onClose} size="lg" title={t('settings.officePrompt.title')}>
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm">{t('settings.officePrompt.intro')}</Text>
          <SimpleGrid cols={2}>
            {ASKED.map((field) => (
              <TextInput key={field} label={t(`common.fields.${field}`)} {...form.getInputProps(field)} />
            ))}
          </SimpleGrid>
          <Group justify="space-between">
            <Button variant="subtle" onClick={() => form.setValues(withSampleLeaders(form.values))}>
              {t('settings.officePrompt.sample')}
            </Button>
            <FormActions onCancel={onClose} cancelLabel={t('settings.officePrompt.later')} />
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
