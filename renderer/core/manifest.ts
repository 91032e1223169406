import type { ComponentType, LazyExoticComponent } from 'react';
import type { Transaction } from 'dexie';
import type { DocumentKind } from '../../shared/core/documents/model';
import type { AnySearchSource } from '../../shared/core/search/source';
import type { SampleModule } from './sample/modules';

/**
 * A system plugs into the shell through one typed manifest (STYLE.md §2): the shell, the Dashboard,
 * Settings, the audit page, error texts, translations, the sample loader and the database are
 * assembled from the list of manifests (renderer/app/systems.ts). Everything heavy is loaded lazily:
 * a manifest itself holds only data and loaders, so the sign-in screen's script carries none of it.
 */
export type SystemId = 'registry' | 'meetings' | 'supervision' | 'incentives' | 'evaluation' | 'assessment';

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

/**
 * What the header search finds in one table a system owns: the kinds of entry its source gives,
 * in the order their groups show, each with the translation key of the group's label, and the
 * source itself (shared/core/search/source.ts), loaded when the index is built after sign-in.
 */
export interface SearchSourceEntry {
  table: string;
  kinds: Readonly<Record<string, string>>;
  load: () => Promise<AnySearchSource>;
}

/**
 * How an assessment figure reads: a count, tenths of a point (0.5 分 = 5), tenths of a percent
 * (86.7 % = 867), a whole percent, or days.
 */
export type AssessmentFormat = 'count' | 'tenths' | 'percentTenths' | 'percent' | 'days';

/** One column of a system's part of the annual assessment. */
export interface AssessmentColumn {
  id: string;
  /** Translation key of the heading. */
  labelKey: string;
  format: AssessmentFormat;
  /** Points taken away (revocations): shown struck through, never silently gone. */
  isStruck?: boolean;
}

/** Where the records behind a figure open: a hash route of the system's lists, with its filters. */
export interface AssessmentLink {
  path: string;
  sub: string;
}

/** One unit's figures of a year, as its system reports them, and where each figure's records open. */
export interface UnitFigures {
  unitId: string;
  values: Readonly<Record<string, number | null>>;
  links: Readonly<Record<string, AssessmentLink>>;
}

/** A system's part of the annual assessment for one year: its columns and a row per unit it has figures for. */
export interface AssessmentPart {
  columns: readonly AssessmentColumn[];
  units: readonly UnitFigures[];
}

/**
 * What a system gives the annual assessment (年度人才工作实绩考核): its figures per unit for a year,
 * read from its own reports (loaded when the assessment is opened). `today` decides what is overdue.
 */
export interface AssessmentSource {
  id: string;
  /** Translation key of the part's heading. */
  titleKey: string;
  figures: (year: number, today: string) => Promise<AssessmentPart>;
}

/** One record a Today task waits on; `title` and `link` where Today lists the records itself. */
export interface TodayRecord {
  id: string;
  title?: string;
  link?: AssessmentLink;
}

/** A list a Today task opens, and the records it holds: what its count must always equal. */
export interface TodayReader {
  count: (today: string) => Promise<number>;
  /** The records of the list the task opens, as that list reads them. */
  list: (today: string) => Promise<readonly TodayRecord[]>;
  /**
   * Where the list opens (one record straight away, when the list holds just it); null when the
   * system has no list page of its own for them: Today then lists the records themselves.
   */
  link: (records: readonly TodayRecord[]) => AssessmentLink | null;
}

/**
 * One line of Today (工作台): something that waits for the office — topics with the leader, items
 * 临期 or 逾期, applications to review… — counted by the system's own query and opening its list.
 */
export interface TodayTask {
  id: string;
  /** Translation key of the line (`today.tasks.…`). */
  labelKey: string;
  order: number;
  /** How urgent a waiting count is: red (past a deadline), yellow (near one), blue (to do). */
  tone: 'red' | 'yellow' | 'blue';
  load: () => Promise<TodayReader>;
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
  search: readonly SearchSourceEntry[];
  assessment: readonly AssessmentSource[];
  /** What waits for the office today (the Dashboard's list, reminders at start-up). */
  today?: readonly TodayTask[];
}
