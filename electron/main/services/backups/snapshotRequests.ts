import type { BackupReason, SnapshotReply, WriteBackupRequest } from '../../../../shared/core/bridge/backupSchemas';
import { HOST_EVENTS } from '../../../../shared/core/bridge/channels';

export interface SnapshotRequestsDeps {
  /** webContents.send to the main window; false when there is no window to ask. */
  send(channel: string, payload: unknown): boolean;
  /** A hung renderer must not hold anything forever. */
  timeoutMs: number;
  newId(): string;
  log?: (event: string, context: Record<string, unknown>) => void;
}

export interface SnapshotRequests {
  /** Asks the renderer for a snapshot: its answer, or null (no window, nothing to keep, no answer in time). */
  request(reason: BackupReason): Promise<WriteBackupRequest | null>;
  /** The renderer's answer (already parsed with snapshotReplySchema by the IPC handler). */
  reply(answer: SnapshotReply): void;
}

/** Main → renderer "give me a snapshot", matched to the answer by a fresh id per request. */
export function createSnapshotRequests(deps: SnapshotRequestsDeps): SnapshotRequests {
  const pending = new Map<string, { reason: BackupReason; resolve: (snapshot: WriteBackupRequest | null) => void }>();
  const log = deps.log ?? (() => undefined);

  return {
    request(reason) {
      const requestId = deps.newId();
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(requestId);
          log('snapshot-request-timeout', { reason });
          resolve(null);
        }, deps.timeoutMs);
        pending.set(requestId, {
          reason,
          resolve: (snapshot) => {
            clearTimeout(timer);
            pending.delete(requestId);
            resolve(snapshot);
          },
        });
        if (!deps.send(HOST_EVENTS.snapshotRequest, { requestId, reason })) pending.get(requestId)?.resolve(null);
      });
    },
    reply({ requestId, snapshot }) {
      const waiting = pending.get(requestId);
      // Late (timed out) or never asked: nothing waits for it.
      if (!waiting) return log('snapshot-reply-unexpected', {});
      // The file is named for the reason main asked with, whatever the renderer wrote in its meta.
      waiting.resolve(snapshot && { ...snapshot, meta: { ...snapshot.meta, reason: waiting.reason } });
    },
  };
}
