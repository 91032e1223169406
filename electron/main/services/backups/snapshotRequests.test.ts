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

  function setup(sent = true) {
    const send = vi.fn(() => sent);
    let n = 0;
    const requests = createSnapshotRequests({ send, timeoutMs: 1000, newId: () => `id-${(n += 1)}` });
    return { send, requests };
  }

  it('sends the request with a fresh id and resolves with the answer to that id, named for the reason asked', async () => {
    const { send, requests } = setup();
    const pending = requests.request('quit');
    expect(send).toHaveBeenCalledWith(HOST_EVENTS.snapshotRequest, { requestId: 'id-1', reason: 'quit' });
    requests.reply({ requestId: 'id-1', snapshot });
    expect(await pending).toEqual({ ...snapshot, meta: { ...snapshot.meta, reason: 'quit' } });
  });

  it('gives up with null after the time limit and ignores the late answer', async () => {
    const { requests } = setup();
    const pending = requests.request('quit');
    await vi.advanceTimersByTimeAsync(1000);
    expect(await pending).toBeNull();
    expect(() => requests.reply({ requestId: 'id-1', snapshot })).not.toThrow();
  });

  it('ignores an answer to a request it never made', async () => {
    const { requests } = setup();
    const pending = requests.request('quit');
    requests.reply({ requestId: 'someone-else', snapshot });
    requests.reply({ requestId: 'id-1', snapshot: null });
    expect(await pending).toBeNull();
  });

  it('resolves null at once when there is no window to ask', async () => {
    const { requests } = setup(false);
    expect(await requests.request('quit')).toBeNull();
  });
});
