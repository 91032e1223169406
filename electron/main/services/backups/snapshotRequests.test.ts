import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_EVENTS } from '../../../../shared/core/bridge/channels';
import type { WriteBackupRequest } from '../../../../shared/core/bridge/backupSchemas';
import { createSnapshotRequests } from './snapshotRequests';

const snapshot: WriteBackupRequest = {
  bytes: new Uint8Array([1]) as Uint8Array<ArrayBuffer>,
  meta: { reason: 'idle', schemaVersion: 4, counts: {}, sha256: 'b'.repeat(64) },
};

describe('snapshot requests to the renderer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup({ sent = true, listening = true } = {}) {
    const send = vi.fn(() => sent);
    let n = 0;
    const requests = createSnapshotRequests({ send, timeoutMs: 1000, newId: () => `id-${(n += 1)}` });
    if (listening) requests.setListening({ listening: true });
    return { send, requests };
  }

  it('sends the request with a fresh id and resolves with the answer to that id, named for the reason asked', async () => {
    const { send, requests } = setup();
    const pending = requests.request('quit');
    expect(send).toHaveBeenCalledWith(HOST_EVENTS.snapshotRequest, { requestId: 'id-1', reason: 'quit' });
    requests.reply({ requestId: 'id-1', snapshot });
    expect(await pending).toEqual({
      status: 'snapshot',
      snapshot: { ...snapshot, meta: { ...snapshot.meta, reason: 'quit' } },
    });
  });

  it('says timeout after the time limit and ignores the late answer', async () => {
    const { requests } = setup();
    const pending = requests.request('quit');
    await vi.advanceTimersByTimeAsync(1000);
    expect(await pending).toEqual({ status: 'timeout' });
    expect(() => requests.reply({ requestId: 'id-1', snapshot })).not.toThrow();
  });

  it('ignores an answer to a request it never made; null from the page means nothing to keep', async () => {
    const { requests } = setup();
    const pending = requests.request('quit');
    requests.reply({ requestId: 'someone-else', snapshot });
    requests.reply({ requestId: 'id-1', snapshot: null });
    expect(await pending).toEqual({ status: 'empty' });
  });

  it("passes on why the page's provider failed", async () => {
    const { requests } = setup();
    const pending = requests.request('quit');
    requests.reply({ requestId: 'id-1', snapshot: null, failure: 'storage-failed' });
    expect(await pending).toEqual({ status: 'failed', reason: 'storage-failed' });
  });

  it('answers not-ready at once when there is no window to ask', async () => {
    const { requests } = setup({ sent: false });
    expect(await requests.request('quit')).toEqual({ status: 'not-ready' });
  });

  it('answers not-ready at once, sending nothing, while the page has not said it listens (still starting)', async () => {
    const { requests, send } = setup({ listening: false });
    expect(await requests.request('quit')).toEqual({ status: 'not-ready' });
    expect(send).not.toHaveBeenCalled();
  });

  it('answers those waiting at once when the page goes away (reload, renderer gone), not at the time limit', async () => {
    const { requests } = setup();
    const pending = requests.request('quit');
    requests.setListening({ listening: false });
    expect(await pending).toEqual({ status: 'not-ready' });
  });

  it('remembers the language the page last said it shows, zh-CN until then', () => {
    const { requests } = setup({ listening: false });
    expect(requests.language()).toBe('zh-CN');
    requests.setListening({ listening: true, language: 'en' });
    expect(requests.language()).toBe('en');
  });
});
