// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/support/testDb';
import { hashPassword } from '../../../shared/core/auth/password';
import { initI18n } from '../i18n';
import { LATEST_SCHEMA_VERSION } from '../data/schema/versions';
import { accountCheckSettled, AuthGate, startAccountCheck } from './AuthGate';

const signedIn = () => <p>工作台</p>;

/** What the page's first script (scripts/earlyStart.mjs) leaves when it has counted the accounts. */
function earlyCount(version: number, accounts: number) {
  (globalThis as { workbenchEarly?: object }).workbenchEarly = { accounts: Promise.resolve({ version, accounts }) };
}

async function addAdministrator(db: ReturnType<typeof freshDb>) {
  await db.staff.add({
    id: 's1',
    username: 'wangfang',
    displayName: '王芳',
    isAdmin: 1,
    isActive: 1,
    password: await hashPassword('Haicheng#2026'),
    createdAt: '2026-12-06T08:00:00.000Z',
  });
}

describe('the gate before sign-in', () => {
  beforeAll(async () => {
    await initI18n('zh-CN');
  });
  afterEach(cleanup);

  it('shows the sign-in form in its first render when the account check has answered, never a spinner', async () => {
    const db = freshDb({ signedIn: false });
    await addAdministrator(db);
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

  it('takes the first script’s count: the sign-in form first, the database opened after that frame', async () => {
    const db = freshDb({ signedIn: false });
    await addAdministrator(db);
    db.close();
    earlyCount(LATEST_SCHEMA_VERSION * 10, 1);
    startAccountCheck();
    await accountCheckSettled();
    render(<AuthGate>{signedIn}</AuthGate>);
    expect(screen.getByRole('button', { name: '登录' })).toBeTruthy();
    expect(db.isOpen()).toBe(false);
    await waitFor(() => expect(db.isOpen()).toBe(true), { timeout: 3000 });
  });

  it('leaves a database at another version (one to upgrade) to the usual check, which opens it first', async () => {
    const db = freshDb({ signedIn: false });
    // The count says accounts exist, but at an older version: the gate opens (and would upgrade) first.
    earlyCount((LATEST_SCHEMA_VERSION - 1) * 10, 1);
    startAccountCheck();
    await accountCheckSettled();
    expect(db.isOpen()).toBe(true);
    render(<AuthGate>{signedIn}</AuthGate>);
    expect(await screen.findByRole('heading', { name: '首次使用：创建管理员' })).toBeTruthy();
  });
});
