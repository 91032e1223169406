// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n';
import { FormActions } from './FormActions';
import { stubMatchMedia } from '../../../tests/support/jsdomMedia';

describe('FormActions', () => {
  beforeAll(async () => {
    stubMatchMedia();
    await initI18n('zh-CN');
  });
  afterEach(cleanup);

  it('offers 取消 and 保存, and 取消 closes without submitting', () => {
    const onCancel = vi.fn();
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <MantineProvider>
        <form onSubmit={onSubmit}>
          <FormActions onCancel={onCancel} />
        </form>
      </MantineProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it('says what the form does when it is more than saving', () => {
    render(
      <MantineProvider>
        <FormActions onCancel={() => undefined} submitLabel="撤销" />
      </MantineProvider>,
    );
    expect(screen.getByRole('button', { name: '撤销' }).getAttribute('type')).toBe('submit');
    expect(screen.queryByRole('button', { name: '保存' })).toBeNull();
  });
});
