// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HostBridge } from '../../../shared/core/bridge/contract';
import type { TransferOptions } from '../../../shared/core/bridge/pieces';
import { AppError } from '../../../shared/core/errors';
import { initI18n } from '../i18n';
import { setHost } from '../host';
import { BackupModal } from './BackupModal';
import { RestoreModal } from './RestoreModal';

const restored = vi.fn();
vi.mock('../backup/backupService', () => ({
  createEncryptedBackup: async () => ({
    bytes: new Uint8Array(64),
    header: { createdAt: '2026-12-06T20:00:00.000Z' },
  }),
  inspectBackup: async () => ({ createdAt: '2026-12-06T20:00:00.000Z', counts: {}, opensWith: 'passphrase' }),
  restoreEncryptedBackup: (...args: unknown[]) => restored(...args),
}));

const MiB = 1024 * 1024;

/** A host call moving a 40 MiB file: 16 MiB moved, then it waits until stopped, as the piece transport does. */
function movingUntilStopped(options: TransferOptions | undefined): Promise<never> {
  options?.onProgress?.(16 * MiB, 40 * MiB);
  return new Promise((_, reject) =>
    options?.signal?.addEventListener('abort', () => reject(new AppError('transfer-cancelled'))),
  );
}

function show(ui: React.ReactElement) {
  render(<MantineProvider>{ui}</MantineProvider>);
}

describe('Settings: a big backup moving in pieces', () => {
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

  it('shows how much of the backup file is read and stops it, restoring nothing', async () => {
    let signal: AbortSignal | undefined;
    setHost({
      openFile: (_req, options) => {
        signal = options?.signal;
        return movingUntilStopped(options);
      },
    } as Partial<HostBridge> as HostBridge);
    show(<RestoreModal onClose={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: '选择备份文件' }));
    expect(await screen.findByText('已完成 16.0 MB / 共 40.0 MB')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('40');
    fireEvent.click(screen.getByRole('button', { name: '停止' }));
    expect(await screen.findByText('已停止，未恢复任何内容，现有数据保持不变。')).toBeTruthy();
    expect(signal?.aborted).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByText('校验并恢复')).toBeNull();
    expect(restored).not.toHaveBeenCalled();
  });

  it('shows how much of a new backup is written and stops it, saying nothing was written', async () => {
    let signal: AbortSignal | undefined;
    setHost({
      saveFile: (_req, options) => {
        signal = options?.signal;
        return movingUntilStopped(options);
      },
    } as Partial<HostBridge> as HostBridge);
    const closed = vi.fn();
    show(<BackupModal onClose={closed} />);
    for (const label of ['备份口令', '确认口令'])
      fireEvent.change(screen.getByLabelText(label), { target: { value: 'correct horse' } });
    fireEvent.click(screen.getByRole('button', { name: '生成并保存' }));
    expect(await screen.findByText('已完成 16.0 MB / 共 40.0 MB')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '停止' }));
    expect(await screen.findByText('已停止，未写入任何内容，原有文件保持不变。')).toBeTruthy();
    expect(signal?.aborted).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(closed).not.toHaveBeenCalled();
  });
});
