import { type ComponentType, Suspense } from 'react';
import { Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SettingsSection } from './SettingsSection';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { OfficeSettingsForm } from './OfficeSettingsForm';
import { SecuritySettingsForm } from './SecuritySettingsForm';
import { StaffAccountsPanel } from './StaffAccountsPanel';
import { SampleDataPanel } from './SampleDataPanel';
import { BackupPanel } from './BackupPanel';
import { AutoBackupPanel } from './AutoBackupPanel';
import { DocumentFontsPanel } from './DocumentFontsPanel';
import { installedSystems } from '../plugin/installed';
import { AboutSection } from '../about/AboutSection';

interface Section {
  id: string;
  titleKey: string;
  order: number;
  Section: ComponentType;
}

/** The core's sections; each system adds its own (its manifest's settingsSections) by order. */
const CORE_SECTIONS: readonly Section[] = [
  { id: 'language', titleKey: 'settings.language.title', order: 0, Section: LanguageSwitch },
  { id: 'office', titleKey: 'settings.office.title', order: 10, Section: OfficeSettingsForm },
  { id: 'security', titleKey: 'settings.security.title', order: 20, Section: SecuritySettingsForm },
  { id: 'staff', titleKey: 'settings.staff.title', order: 50, Section: StaffAccountsPanel },
  { id: 'backup', titleKey: 'settings.backup.title', order: 60, Section: BackupPanel },
  { id: 'autoBackup', titleKey: 'settings.autoBackup.title', order: 70, Section: AutoBackupPanel },
  { id: 'documentFonts', titleKey: 'settings.fonts.title', order: 75, Section: DocumentFontsPanel },
  { id: 'sample', titleKey: 'settings.sample.title', order: 80, Section: SampleDataPanel },
  { id: 'about', titleKey: 'about.title', order: 1000, Section: AboutSection },
];

export function SettingsPage() {
  const { t } = useTranslation();
  const text = t as unknown as (key: string) => string;
  const sections = [...CORE_SECTIONS, ...installedSystems().flatMap((s) => s.settingsSections)].sort(
    (a, b) => a.order - b.order,
  );
  return (
    <Stack maw={860}>
      <Title order={2}>{t('shell.nav.settings')}</Title>
      {sections.map(({ id, titleKey, Section }) => (
        <SettingsSection key={id} title={text(titleKey)}>
          <Suspense fallback={<Loader size="sm" />}>
            <Section />
          </Suspense>
        </SettingsSection>
      ))}
    </Stack>
  );
}
