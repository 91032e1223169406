import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SettingsSection } from './SettingsSection';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { OfficeSettingsForm } from './OfficeSettingsForm';
import { SecuritySettingsForm } from './SecuritySettingsForm';
import { StaffAccountsPanel } from './StaffAccountsPanel';
import { SampleDataPanel } from './SampleDataPanel';
import { BackupPanel } from './BackupPanel';
import { AutoBackupPanel } from './AutoBackupPanel';
import { SupervisionSettingsSection } from '../../systems/supervision/settings/SupervisionSettingsSection';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={860}>
      <Title order={2}>{t('shell.nav.settings')}</Title>
      <SettingsSection title={t('settings.language.title')}>
        <LanguageSwitch />
      </SettingsSection>
      <SettingsSection title={t('settings.office.title')}>
        <OfficeSettingsForm />
      </SettingsSection>
      <SettingsSection title={t('settings.security.title')}>
        <SecuritySettingsForm />
      </SettingsSection>
      <SettingsSection title={t('supervision.settings.title')}>
        <SupervisionSettingsSection />
      </SettingsSection>
      <SettingsSection title={t('settings.staff.title')}>
        <StaffAccountsPanel />
      </SettingsSection>
      <SettingsSection title={t('settings.backup.title')}>
        <BackupPanel />
      </SettingsSection>
      <SettingsSection title={t('settings.autoBackup.title')}>
        <AutoBackupPanel />
      </SettingsSection>
      <SettingsSection title={t('settings.sample.title')}>
        <SampleDataPanel />
      </SettingsSection>
    </Stack>
  );
}
