import type { AppInfo } from '../../../shared/core/bridge/schemas';

export interface AppInfoDeps {
  app: { getName(): string; getVersion(): string };
  /** process.platform, injected so tests need not run on every OS. */
  platform: string;
  /** app.getPath('userData') (the profile holding IndexedDB) and the backup folder beside it. */
  paths?: { data: string; backups: string };
  /** process.versions: electron, chrome, node. */
  versions?: Partial<Record<string, string>>;
}

const RUNTIME = ['electron', 'chrome', 'node'] as const;

/** Name and version come from package.json (productName, version) through Electron's app. */
export async function appInfo(deps: AppInfoDeps): Promise<AppInfo> {
  const runtime = Object.fromEntries(
    RUNTIME.flatMap((name) => (deps.versions?.[name] ? [[name, deps.versions[name]!]] : [])),
  );
  return {
    name: deps.app.getName(),
    version: deps.app.getVersion(),
    host: 'electron',
    platform: deps.platform,
    ...(deps.paths ? { dataDir: deps.paths.data, backupDir: deps.paths.backups } : {}),
    ...(Object.keys(runtime).length ? { runtime } : {}),
  };
}
