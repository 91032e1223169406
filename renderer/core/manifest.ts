import type { ComponentType, LazyExoticComponent } from 'react';
import type { Transaction } from 'dexie';
import type { DocumentKind } from '../../shared/core/documents/model';
import type { SampleModule } from './sample/modules';

/**
 * A system plugs into the shell through one typed manifest (STYLE.md §2): the shell, the Dashboard,
 * Settings, the audit page, error texts, translations, the sample loader and the database are
 * assembled from the list of manifests (renderer/app/systems.ts). Everything heavy is loaded lazily:
 * a manifest itself holds only data and loaders, so the sign-in screen's script carries none of it.
 */
export type SystemId = 'registry' | 'meetings' | 'supervision' | 'incentives' | 'evaluation';

export type LazyComponent<P extends object = object> = LazyExoticComponent<ComponentType<P>>;

/** What a page gets from the hash route: #/meetings/abc → sub 'abc'. */
export interface PageProps {
  sub: string;
}

export interface SystemRoute {
  /** The first segment of the hash route, unique across systems and the core. */
  path: string;
  page: LazyComponent<PageProps>;
}

export interface NavEntry {
  path: string;
  /** Translation key of the label, in the system's own namespace. */
  labelKey: string;
  /** Place in the navigation: the core's pages sit at 0 (Dashboard) and 900+ (Documents, Audit, Settings). */
  order: number;
}

export interface DashboardCardEntry {
  id: string;
  order: number;
  Card: LazyComponent;
}

export interface SettingsSectionEntry {
  id: string;
  titleKey: string;
  order: number;
  Section: LazyComponent;
}

/** A system's translations for one language: `{ <namespace>: { … } }`, loaded when first needed. */
export type Texts = object;
export type TextLoaders<T extends Texts = Texts> = Record<'zh-CN' | 'en', () => Promise<T>>;

/**
 * Tables a system adds or changes at one version of the core's chain (renderer/core/data/schema).
 * Dexie keeps a table's earlier declaration when a later version does not mention it.
 */
export interface TableVersion {
  version: number;
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** What a system's sample code gives the loader, loaded before its transaction opens. */
export interface SampleSupport {
  generate: SampleModule;
  /**
   * Runs in the loader's transaction after every system's rows are written or removed (rebuild
   * kept counts). It awaits only the database: anything else would end the transaction early.
   */
  afterWrite?: () => Promise<void>;
}

/** Sample records of a system, written in the sample loader's one transaction. */
export interface SampleEntry {
  load: () => Promise<SampleSupport>;
  /** Tables the loader must also open for `afterWrite` (e.g. kept counts). */
  extraTables?: readonly string[];
  /** Tables of the system that hold no sample rows (kept counts): never counted or removed as sample. */
  ownTables?: readonly string[];
  /**
   * Tables whose sample rows Settings names, with the key of their text ({{count}} 个单位); the
   * rest are counted together as other records.
   */
  named?: Readonly<Record<string, string>>;
}

/** One kind of record the header search offers (issue 17 fills these in). */
export interface SearchEntry {
  kind: string;
  labelKey: string;
}

/** One figure a system gives the annual assessment (issue 17 fills these in). */
export interface AssessmentFigure {
  id: string;
  labelKey: string;
}

export interface SystemManifest {
  id: SystemId;
  /** Top-level translation keys the system owns (meetings → t('meetings.…')). */
  namespaces: readonly string[];
  texts: TextLoaders;
  routes: readonly SystemRoute[];
  nav: readonly NavEntry[];
  dashboardCards: readonly DashboardCardEntry[];
  settingsSections: readonly SettingsSectionEntry[];
  tables: readonly TableVersion[];
  /** Audit entity names the system writes, with the translation key of each. */
  auditEntities: Readonly<Record<string, string>>;
  /** Error codes the system adds, with the translation key of each message. */
  errors: Readonly<Record<string, string>>;
  sample?: SampleEntry;
  /** 文种 the system issues through the register. */
  documentKinds: readonly DocumentKind[];
  search: readonly SearchEntry[];
  assessment: readonly AssessmentFigure[];
}
