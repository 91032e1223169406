import { lazy, Suspense, useEffect, useState } from 'react';
import { Button, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/core/bridge/schemas';
import { LATEST_SCHEMA_VERSION } from '../data/schema/versions';
import { getHost } from '../host';
import { localDateTime } from '../ui/localDateTime';

const LicensesModal = lazy(() => import('./LicensesModal').then((m) => ({ default: m.LicensesModal })));

const BUILD_DATE: string | undefined = import.meta.env?.VITE_BUILD_DATE;

/** Settings → 关于: what this copy of the app is, where its data lives, and what it is made of. */
export function AboutSection() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [failed, setFailed] = useState(false);
  const [showLicences, setShowLicences] = useState(false);

  useEffect(() => {
    getHost()
      .appInfo()
      .then(setInfo, () => setFailed(true));
  }, []);

  if (failed) return <Text c="red">{t('about.loadFailed')}</Text>;
  if (!info) return <Loader size="sm" />;
  const desktop = info.host === 'electron';
  const runtime = Object.entries(info.runtime ?? {})
    .map(([name, version]) => `${name} ${version}`)
    .join(' · ');
  const rows: Array<[string, string]> = [
    [t('about.version'), `${info.name} ${info.version}`],
    [t('about.buildDate'), BUILD_DATE ? localDateTime(BUILD_DATE) : t('about.notBuilt')],
    [t('about.schemaVersion'), String(LATEST_SCHEMA_VERSION)],
    [t('about.host'), `${t(`about.hosts.${info.host}`)} (${info.platform})`],
    ...(runtime ? [[t('about.runtime'), runtime] as [string, string]] : []),
    [t('about.dataDir'), info.dataDir ?? (desktop ? '—' : t('about.browserData'))],
    [t('about.backupDir'), info.backupDir ?? (desktop ? '—' : t('about.browserBackups'))],
  ];

  return (
    <>
      <Table withRowBorders={false} verticalSpacing={4}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={180} fw={500}>
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <div>
        <Button variant="default" onClick={() => setShowLicences(true)}>
          {t('about.showLicenses')}
        </Button>
      </div>
      {showLicences && (
        <Suspense fallback={<Loader size="sm" />}>
          <LicensesModal onClose={() => setShowLicences(false)} />
        </Suspense>
      )}
    </>
  );
}
