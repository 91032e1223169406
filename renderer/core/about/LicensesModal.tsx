import { useEffect, useMemo, useState } from 'react';
import { Accordion, Alert, Badge, Code, Group, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { filterLicenses, loadLicenses, type LicensedPackage } from './licenses';

/** Every bundled library with its licence, loaded when the modal opens. */
export function LicensesModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [packages, setPackages] = useState<LicensedPackage[] | null>(null);
  const [missing, setMissing] = useState(false);
  const [query, setQuery] = useState('');

  useEffect(() => {
    loadLicenses().then(setPackages, () => setMissing(true));
  }, []);
  const shown = useMemo(() => filterLicenses(packages ?? [], query), [packages, query]);
  const bundleText = (bundle: string) => t(`about.bundles.${bundle}` as 'about.bundles.main', { defaultValue: bundle });

  return (
    <Modal opened onClose={onClose} title={t('about.licenses')} size="xl">
      {missing ? (
        <Alert color="yellow">{t('about.licensesMissing')}</Alert>
      ) : !packages ? (
        <Loader size="sm" />
      ) : (
        <Stack>
          <Text size="sm">{t('about.licensesIntro', { count: packages.length })}</Text>
          <TextInput
            aria-label={t('about.search')}
            placeholder={t('about.search')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
          />
          <Accordion variant="contained" chevronPosition="left">
            {shown.map((p) => (
              <Accordion.Item key={`${p.name}@${p.version}`} value={`${p.name}@${p.version}`}>
                <Accordion.Control>
                  <Group gap="xs">
                    <Text fw={500}>{p.name}</Text>
                    <Text c="dimmed">{p.version}</Text>
                    <Badge variant="light">{p.license === 'UNKNOWN' ? t('about.noLicense') : p.license}</Badge>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Text size="xs" c="dimmed" mb="xs">
                    {p.inside ? t('about.inside', { name: p.inside }) : p.bundles.map(bundleText).join(' · ')}
                  </Text>
                  {p.text ? (
                    <Code block style={{ whiteSpace: 'pre-wrap', maxHeight: 320, overflow: 'auto' }}>
                      {p.text}
                    </Code>
                  ) : (
                    <Text size="sm">{t('about.noText')}</Text>
                  )}
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </Stack>
      )}
    </Modal>
  );
}
