// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/support/testDb';
import { hashPassword } from '../../../shared/core/auth/password';
import { initI18n } from '../i18n';
import { accountCheckSettled, AuthGate, startAccountCheck } from './AuthGate';

const signedIn = () => <p>工作台</p>;

describe('the gate before sign-in', () => {
  beforeAll(async () => {
    await initI18n('zh-CN');
  });
  afterEach(cleanup);

  it('shows the sign-in form in its first render when the account check has answered, never a spinner', async () => {
    const db = freshDb({ signedIn: false });
    await db.staff.add({
      id: 's1',
      username: 'wangfang',
      displayName: '王芳',
      isAdmin: 1,
      isActive: 1,
      password: await hashPassword('Haicheng#2026'),
      createdAt: '2026-12-06T08:00:00.000Z',
    });
    startAccountCheck();
    await accountCheckSettled();
    render(<AuthGate>{signedIn}</AuthGate>);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: '登录' })).toBeTruthy();
  });

  it('shows the spinner while the check has not answered, then what it found', async () => {
    freshDb({ signedIn: false });
    startAccountCheck();
    render(<AuthGate>{signedIn}</AuthGate>);
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: '首次使用：创建管理员' })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
