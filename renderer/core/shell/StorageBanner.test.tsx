// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HostBridge } from '../../../shared/core/bridge/contract';
import { AppError } from '../../../shared/core/errors';
import { initI18n } from '../i18n';
import { setHost } from '../host';
import { StorageBanner } from './StorageBanner';

function hostAnswering(storageStatus: HostBridge['storageStatus']): HostBridge {
  return { storageStatus } as HostBridge;
}

describe('StorageBanner', () => {
  beforeAll(async () => {
    // jsdom has no matchMedia; Mantine asks it for the colour scheme.
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }) as never;
    await initI18n('zh-CN');
  });
  afterEach(() => {
    cleanup();
    setHost(undefined);
  });

  it('says free space cannot be read, rather than leaving the disk guard off without a word', async () => {
    setHost(hostAnswering(async () => Promise.reject(new AppError('not-found'))));
    render(
      <MantineProvider>
        <StorageBanner />
      </MantineProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('无法读取磁盘剩余空间');
    expect(screen.getByText(/磁盘将满时本程序无法提前提醒（not-found）/)).toBeTruthy();
  });

  it('shows nothing while there is room', async () => {
    let answered = false;
    setHost(
      hostAnswering(async () => {
        answered = true;
        return { freeBytes: 50 * 1024 ** 3, totalBytes: 100 * 1024 ** 3, level: 'ok' };
      }),
    );
    render(
      <MantineProvider>
        <StorageBanner />
      </MantineProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(answered).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
