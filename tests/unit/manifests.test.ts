import { describe, expect, it } from 'vitest';
import type { SystemManifest } from '../../renderer/core/manifest';
import { SYSTEMS } from '../../renderer/app/systems';
import { WorkbenchDB } from '../../renderer/core/data/db';
import { assembleVersions } from '../../renderer/core/data/schema/versions';
import { installedSystems } from '../../renderer/core/plugin/installed';
import { navItems } from '../../renderer/core/shell/navigation';
import { parseRoute } from '../../renderer/core/shell/routes';
import { en, zhCN } from '../support/texts';

const has = (texts: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], texts) !==
  undefined;
// A plural key exists as its forms (key_one, key_other).
const hasText = (texts: unknown, key: string) => has(texts, key) || has(texts, `${key}_other`);

describe('systems plug in through their manifests', () => {
  it('installs every system of the list, the registry first', () => {
    expect(installedSystems()).toEqual(SYSTEMS);
    expect(SYSTEMS.map((s) => s.id)).toEqual([
      'registry',
      'meetings',
      'supervision',
      'incentives',
      'evaluation',
      'assessment',
    ]);
  });

  it.each(SYSTEMS.map((s) => [s.id, s] as const))('routes to %s and lists it in the navigation', (_id, system) => {
    for (const { path } of system.routes) expect(parseRoute(`#/${path}/sub`)).toEqual({ route: path, sub: 'sub' });
    const nav = navItems().map((n) => n.path);
    for (const { path } of system.nav) expect(nav).toContain(path);
  });

  it.each(SYSTEMS.map((s) => [s.id, s as SystemManifest] as const))(
    'has the texts %s names, in both languages',
    async (_id, system) => {
      const own = await system.texts['zh-CN']();
      expect(Object.keys(own).sort()).toEqual([...system.namespaces].sort());
      const keys = [
        ...system.nav.map((n) => n.labelKey),
        ...system.settingsSections.map((s) => s.titleKey),
        ...Object.values(system.auditEntities),
        ...Object.values(system.errors),
        ...Object.values(system.sample?.named ?? {}),
      ];
      for (const texts of [zhCN, en]) {
        for (const namespace of system.namespaces) expect(has(texts, namespace), namespace).toBe(true);
        for (const key of keys) expect(hasText(texts, key), key).toBe(true);
      }
    },
  );

  it('builds the database from the core’s tables and every system’s', () => {
    const tables = new Set(new WorkbenchDB(`manifests-${crypto.randomUUID()}`).tables.map((t) => t.name));
    for (const core of ['staff', 'settings', 'audit', 'documents', 'docSequences', 'attachments', 'counters'])
      expect(tables).toContain(core);
    // A table's latest declaration decides: a store spec keeps it, null (dropped at that version) removes it.
    for (const system of SYSTEMS) {
      const latest = new Map<string, string | null>();
      for (const { stores } of [...system.tables].sort((a, b) => a.version - b.version))
        for (const [table, spec] of Object.entries(stores)) latest.set(table, spec);
      for (const [table, spec] of latest)
        if (spec === null) expect(tables, table).not.toContain(table);
        else expect(tables, table).toContain(table);
    }
  });

  it('refuses tables for a version outside the core’s chain, and a table two owners declare', () => {
    const stray = { id: 'incentives' as const, tables: [{ version: 99, stores: { claims: 'id' } }] };
    expect(() => assembleVersions([...SYSTEMS, stray])).toThrow(/schema version 99/);
    const twice = { id: 'evaluation' as const, tables: [{ version: 2, stores: { meetings: 'id' } }] };
    expect(() => assembleVersions([...SYSTEMS, twice])).toThrow(/meetings is declared by meetings and evaluation/);
  });
});
