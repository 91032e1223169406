import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../core/shell/routes';
import { UnitsPanel } from './units/UnitsPanel';
import { PeoplePanel } from './people/PeoplePanel';

export function RegistryPage({ sub }: { sub: string }) {
  const { t } = useTranslation();
  const current = sub === 'people' ? 'people' : 'units';
  return (
    <Stack>
      <Title order={2}>{t('registry.nav')}</Title>
      <Tabs value={current} onChange={(v) => navigate('registry', v ?? 'units')}>
        <Tabs.List>
          <Tabs.Tab value="units">{t('registry.tabs.units')}</Tabs.Tab>
          <Tabs.Tab value="people">{t('registry.tabs.people')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="units" pt="md">
          {current === 'units' && <UnitsPanel />}
        </Tabs.Panel>
        <Tabs.Panel value="people" pt="md">
          {current === 'people' && <PeoplePanel />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
