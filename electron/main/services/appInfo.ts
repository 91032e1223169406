import type { AppInfo } from '../../../shared/core/bridge/schemas';

export interface AppInfoDeps {
  app: { getName(): string; getVersion(): string };
  /** process.platform, injected so tests need not run on every OS. */
  platform: string;
}

/** Name and version come from package.json (productName, version) through Electron's app. */
export async function appInfo(deps: AppInfoDeps): Promise<AppInfo> {
  return { name: deps.app.getName(), version: deps.app.getVersion(), host: 'electron', platform: deps.platform };
}
