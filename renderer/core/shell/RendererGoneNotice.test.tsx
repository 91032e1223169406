// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { RendererGoneNotice, rendererGoneReason } from './RendererGoneNotice';

describe('the notice after the desktop app reloaded a crashed page', () => {
  beforeAll(async () => {
    await initI18n();
  });
  afterEach(cleanup);

  it('reads the reason main put in the address, and only a reason Electron has', () => {
    expect(rendererGoneReason('?renderer-gone=oom')).toBe('oom');
    expect(rendererGoneReason('?renderer-gone=%3Cscript%3E')).toBe('crashed');
    expect(rendererGoneReason('')).toBeNull();
  });

  it('says the window stopped, why, and that saved data is kept; dismissing it clears the address', () => {
    window.history.replaceState(null, '', '/index.html?renderer-gone=oom#/registry');
    render(<RendererGoneNotice />);
    expect(screen.getByRole('alert').textContent).toContain(
      '窗口刚才意外停止（内存不足），已重新打开。已保存的数据都在',
    );
    fireEvent.click(screen.getByRole('button', { name: '知道了' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/registry');
  });
});
