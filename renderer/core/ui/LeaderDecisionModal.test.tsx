// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLanguage, initI18n } from '../i18n';
import { LeaderDecisionModal } from './LeaderDecisionModal';
import { DatesLocale } from './dates/DatesLocale';
import { stubMatchMedia } from '../../../tests/support/jsdomMedia';

function open(defaultLeader: string, onSave = vi.fn(() => Promise.resolve())) {
  render(
    <MantineProvider>
      <DatesLocale>
        <LeaderDecisionModal subject="延期办结" defaultLeader={defaultLeader} onSave={onSave} onClose={() => {}} />
      </DatesLocale>
    </MantineProvider>,
  );
  return onSave;
}

describe('LeaderDecisionModal', () => {
  beforeAll(async () => {
    stubMatchMedia();
    // jsdom has no FontFaceSet; the remark's autosizing box listens to it.
    Object.defineProperty(document, 'fonts', {
      value: { addEventListener: () => undefined, removeEventListener: () => undefined },
      configurable: true,
    });
    // Nor a ResizeObserver; the decision's segmented control measures its indicator with one.
    globalThis.ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
    await initI18n('zh-CN');
  });
  afterEach(cleanup);

  it('with no group leader set, names the missing setting and records no decision signed by nobody', async () => {
    const onSave = open('');
    expect(screen.getByText(/设置中未填写组长姓名（“设置 › 单位与领导”）/)).toBeTruthy();
    expect(screen.getByLabelText(/^批示领导/)).toHaveProperty('value', '');
    fireEvent.click(screen.getByRole('button', { name: '登记' }));
    await waitFor(() => expect(screen.getByLabelText(/^批示领导/).getAttribute('aria-invalid')).toBe('true'));
    expect(onSave).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText(/^批示领导/), { target: { value: '张建国' } });
    fireEvent.click(screen.getByRole('button', { name: '登记' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]).toMatchObject([{ by: '张建国', decision: 'approved' }]);
  });

  it('offers the group leader named in the settings, without the warning', async () => {
    open('张建国');
    expect(screen.getByLabelText(/^批示领导/)).toHaveProperty('value', '张建国');
    expect(screen.queryByText(/设置中未填写组长姓名/)).toBeNull();
    await changeLanguage('en');
    cleanup();
    open('');
    expect(screen.getByText(/No group leader's name is set \(Settings › Office and leaders\)/)).toBeTruthy();
    await changeLanguage('zh-CN');
  });
});
