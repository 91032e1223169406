// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HostBridge } from '../../../shared/core/bridge/contract';
import type { AppInfo } from '../../../shared/core/bridge/schemas';
import { changeLanguage, initI18n } from '../i18n';
import { setHost } from '../host';
import { LATEST_SCHEMA_VERSION } from '../data/schema/versions';
import { AboutSection } from './AboutSection';

const desktop: AppInfo = {
  name: 'Talent Office Workbench',
  version: '0.1.0',
  host: 'electron',
  platform: 'win32',
  dataDir: 'C:\\Users\\li\\AppData\\Roaming\\Talent Office Workbench',
  backupDir: 'C:\\Users\\li\\AppData\\Roaming\\Talent Office Workbench-backups',
  runtime: { electron: '41.7.1', chrome: '146.0.7680.188', node: '24.11.1' },
};

function showAbout(info: AppInfo) {
  setHost({ appInfo: async () => info } as HostBridge);
  render(
    <MantineProvider>
      <AboutSection />
    </MantineProvider>,
  );
}

const row = async (label: string) => (await screen.findByText(label)).closest('tr')!;

describe('Settings → 关于', () => {
  beforeAll(async () => {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }) as never;
    await initI18n('zh-CN');
  });
  afterEach(async () => {
    cleanup();
    setHost(undefined);
    await changeLanguage('zh-CN');
  });

  it('shows the version, schema version, runtime and where the desktop app keeps records and backups', async () => {
    showAbout(desktop);
    expect(within(await row('版本')).getByText('Talent Office Workbench 0.1.0')).toBeTruthy();
    expect(within(await row('数据结构版本')).getByText(String(LATEST_SCHEMA_VERSION))).toBeTruthy();
    expect(within(await row('运行方式')).getByText('桌面程序 (win32)')).toBeTruthy();
    expect(
      within(await row('运行环境')).getByText('electron 41.7.1 · chrome 146.0.7680.188 · node 24.11.1'),
    ).toBeTruthy();
    expect(within(await row('数据位置')).getByText(desktop.dataDir!)).toBeTruthy();
    expect(within(await row('自动备份位置')).getByText(desktop.backupDir!)).toBeTruthy();
    // Vitest is no build: no build date is claimed.
    expect(within(await row('构建时间')).getByText('开发模式（未经构建）')).toBeTruthy();
    expect(screen.getByRole('button', { name: '查看开源软件与许可' })).toBeTruthy();
  });

  it('in English, says a browser keeps the records itself', async () => {
    await changeLanguage('en');
    showAbout({ name: 'Talent Office Workbench', version: '0.1.0', host: 'browser', platform: 'Linux x86_64' });
    expect(within(await row('Runs as')).getByText('Browser (Linux x86_64)')).toBeTruthy();
    expect(within(await row('Records')).getByText(/This browser's storage \(IndexedDB\)/)).toBeTruthy();
  });
});
