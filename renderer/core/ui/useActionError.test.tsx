// @vitest-environment jsdom
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/core/errors';
import { changeLanguage, initI18n, systemTextsReady } from '../i18n';
import { ErrorAlert } from './ErrorAlert';
import { useActionError } from './useActionError';
import { stubMatchMedia } from '../../../tests/support/jsdomMedia';

const failing = (error: unknown) => () => Promise.reject(error);

describe('useActionError', () => {
  beforeAll(async () => {
    await initI18n('zh-CN');
    await systemTextsReady();
  });
  afterEach(async () => {
    cleanup();
    await changeLanguage('zh-CN');
  });

  it('shows the translated message when the work fails', async () => {
    const { result } = renderHook(() => useActionError());
    let succeeded = true;
    await act(async () => {
      succeeded = await result.current.run(failing(new AppError('duplicate-name', { name: '东城镇' })));
    });
    expect(succeeded).toBe(false);
    expect(result.current.error).toBe('同类单位中已有“东城镇”，名称不能重复。');
  });

  it('shows the message in English when English is chosen', async () => {
    await changeLanguage('en');
    const { result } = renderHook(() => useActionError());
    await act(() => result.current.run(failing(new AppError('storage-full'))));
    expect(result.current.error).toBe(
      'Storage is full. This change was not saved and your data is as it was. Free some disk space and try again.',
    );
  });

  it('clears the message when a retry succeeds, and says it succeeded', async () => {
    const { result } = renderHook(() => useActionError());
    await act(() => result.current.run(failing(new AppError('not-found'))));
    expect(result.current.error).toBe('记录不存在。');
    let succeeded = false;
    await act(async () => {
      succeeded = await result.current.run(() => Promise.resolve());
    });
    expect(succeeded).toBe(true);
    expect(result.current.error).toBeNull();
  });

  it('replaces an old message with the newest failure', async () => {
    const { result } = renderHook(() => useActionError());
    await act(() => result.current.run(failing(new AppError('not-found'))));
    await act(() => result.current.run(failing(new AppError('storage-full'))));
    expect(result.current.error).toBe('存储空间已满，本次修改未保存，原有数据未受影响。请清理磁盘后重试。');
  });

  it('shows a message the caller checked itself, until cleared', () => {
    const { result } = renderHook(() => useActionError());
    act(() => result.current.show('口令至少 8 位'));
    expect(result.current.error).toBe('口令至少 8 位');
    act(() => result.current.clear());
    expect(result.current.error).toBeNull();
  });
});

describe('ErrorAlert', () => {
  beforeAll(() => {
    stubMatchMedia();
  });
  afterEach(cleanup);

  it('shows the message as an alert', () => {
    render(
      <MantineProvider>
        <ErrorAlert error="记录不存在。" />
      </MantineProvider>,
    );
    expect(screen.getByRole('alert').textContent).toBe('记录不存在。');
  });

  it('shows nothing while there is no error', () => {
    render(
      <MantineProvider>
        <ErrorAlert error={null} />
      </MantineProvider>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
