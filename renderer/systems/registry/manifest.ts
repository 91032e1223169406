import type { SystemManifest } from '../../core/manifest';
import { lazyNamed } from '../../core/plugin/lazyNamed';
import { REGISTRY_TABLES } from './data/tables';
import { texts } from './i18n';

/** The registry (单位与人员): units and people every system refers to. */
export const registryManifest = {
  id: 'registry',
  namespaces: ['registry', 'people'],
  texts,
  routes: [{ path: 'registry', page: lazyNamed(() => import('./screens/RegistryPage'), 'RegistryPage') }],
  nav: [{ path: 'registry', labelKey: 'registry.nav', order: 50 }],
  dashboardCards: [
    { id: 'unitCounts', order: 10, Card: lazyNamed(() => import('./cards/UnitCountsCard'), 'UnitCountsCard') },
  ],
  settingsSections: [],
  tables: REGISTRY_TABLES,
  auditEntities: { units: 'registry.auditEntities.units', people: 'registry.auditEntities.people' },
  errors: {
    'duplicate-name': 'registry.errors.duplicate-name',
    'duplicate-village-name': 'registry.errors.duplicate-village-name',
  },
  sample: {
    load: () => import('./sample').then((m) => m.registrySample),
    named: { units: 'registry.sample.units', people: 'registry.sample.people' },
  },
  documentKinds: [],
  search: [
    {
      table: 'units',
      kinds: { unit: 'registry.search.unit' },
      load: () => import('./searchSources').then((m) => m.unitSearch),
    },
    {
      table: 'people',
      kinds: { person: 'registry.search.person' },
      load: () => import('./searchSources').then((m) => m.personSearch),
    },
  ],
  assessment: [],
} as const satisfies SystemManifest;
